"""Page links for a paginated list, as includes/pagination.html shows them."""


def pagination_links(paginator, page_obj, url_for):
    """`page_links`, `previous_url` and `next_url` for includes/pagination.html.

    `url_for(number)` gives the URL of a page number (the list's first page without a page
    parameter, so it has one URL). Long ranges are elided around the current page.
    """
    page_links = []
    if paginator.num_pages > 1:
        for number in paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1):
            if number == paginator.ELLIPSIS:
                page_links.append({"ellipsis": True})
            else:
                page_links.append(
                    {"number": number, "url": url_for(number), "current": number == page_obj.number}
                )
    return {
        "page_links": page_links,
        "previous_url": url_for(page_obj.previous_page_number()) if page_obj.has_previous() else "",
        "next_url": url_for(page_obj.next_page_number()) if page_obj.has_next() else "",
    }
