// URLs as the fetcher uses them: only http and https, in one canonical form so that the same
// page written two ways is one manifest record and one stored file.
#pragma once

#include <string>
#include <string_view>

namespace verbatim::fetch {

// The canonical form of an absolute http(s) URL: scheme and host in lower case, no default port,
// no fragment, "/" for an empty path (libcurl's URL parser, in the HTTP helper). Throws
// std::invalid_argument with a one-line reason for a URL that is not one, or of another scheme
// ("only http and https URLs are fetched").
std::string canonical_url(std::string_view url);

// `reference` (absolute, or relative as in a feed's link) resolved against `base`, canonical.
// Throws std::invalid_argument as canonical_url does.
std::string resolve_url(std::string_view base, std::string_view reference);

// The host of a canonical URL ("example.com"; with its port when it is not the default one).
std::string host_of(std::string_view canonical);

}  // namespace verbatim::fetch
