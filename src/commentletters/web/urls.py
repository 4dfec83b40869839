"""Where each page lives. Reading is public; the admin (curation) needs sign-in."""

from __future__ import annotations

from django.contrib import admin
from django.urls import path
from django.views.generic import RedirectView

from .api import api, api_not_found
from .views import insight, letters, pages, reviews, search

# A letter's key is its accession, or "accession/file name" for a second document filed under the
# same accession (and a review's key is its first letter's): <path:…> so that such keys have pages.
urlpatterns = [
    path("", pages.home, name="home"),
    path("companies/", pages.companies, name="companies"),
    path("companies/<int:pk>/", pages.company, name="company"),
    path("reviews/<path:key>/", reviews.review, name="review"),
    path("letters/<path:key>/", letters.letter, name="letter"),
    path("letters/<path:key>/original", letters.original, name="original"),
    path("search/", search.search_page, name="search"),
    path("comments/<int:pk>/similar/", search.similar, name="similar"),
    path("authorities/", insight.authorities, name="authorities"),
    path("charts/", insight.charts, name="charts"),
    path("admin/", admin.site.urls),
    path("api/", RedirectView.as_view(url="/api/docs")),  # the address `serve` announces: the API's documentation
    path("api/", api.urls),
    path("api/<path:rest>", api_not_found),
]

handler404 = "commentletters.web.views.errors.not_found"
handler500 = "commentletters.web.views.errors.server_error"
