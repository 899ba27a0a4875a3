// What a response holds: a feed (its entries' pages are fetched), an HTML page (stored), or
// something else (refused). The bytes decide first, since servers often send feeds as text/xml
// or text/html; the Content-Type decides for HTML that does not start like a document.
#pragma once

#include <string_view>

namespace verbatim::fetch {

enum class ContentKind { feed, page, other };

ContentKind content_kind(std::string_view content_type, std::string_view body);

}  // namespace verbatim::fetch
