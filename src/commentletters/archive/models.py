"""Archive models (filled in next)."""
