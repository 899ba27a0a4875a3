#include "fetch/url.h"

#include <stdexcept>

#include "fetch/http_helper.h"

namespace verbatim::fetch {
namespace {

// The module's answer: the URL, or std::invalid_argument with its reason.
std::string answer(int status, VerbatimHttpText& out) {
  std::string s = take_text(out);
  if (status != 0) throw std::invalid_argument(s);
  return s;
}

}  // namespace

std::string canonical_url(std::string_view url) {
  VerbatimHttpText out{};
  return answer(http_module().canonical_url(url.data(), url.size(), &out), out);
}

std::string resolve_url(std::string_view base, std::string_view reference) {
  VerbatimHttpText out{};
  return answer(
      http_module().resolve_url(base.data(), base.size(), reference.data(), reference.size(), &out),
      out);
}

std::string host_of(std::string_view canonical) {
  VerbatimHttpText out{};
  return answer(http_module().host_of(canonical.data(), canonical.size(), &out), out);
}

}  // namespace verbatim::fetch
