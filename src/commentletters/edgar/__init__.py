"""The EDGAR client: polite HTTP, listing correspondence filings, downloading their folders, syncing.

``client`` keeps the SEC's fair-access rules (User-Agent, ten requests a second, retries, HTTP
cache); ``listing`` finds UPLOAD/CORRESP/DRSLTR filings; ``download`` stores one filing's folder
whole; ``store`` is the on-disk layout and what runs remember; ``sync`` is the service the
``commentletters sync`` command runs. No Django here except the one archive call in ``sync``.
"""
