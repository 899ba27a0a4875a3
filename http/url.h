// URLs through libcurl's parser, as the module's table offers them (fetch/url.h says what each
// one does). Each throws std::invalid_argument with a one-line reason.
#pragma once

#include <string>
#include <string_view>

namespace verbatim::http {

std::string canonical_url(std::string_view url);
std::string resolve_url(std::string_view base, std::string_view reference);
std::string host_of(std::string_view canonical);

}  // namespace verbatim::http
