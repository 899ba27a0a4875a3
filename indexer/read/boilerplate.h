// Wire boilerplate: paragraphs that are counted but never searchable.
#pragma once

#include <string_view>

namespace verbatim::read {

// True for wire boilerplate such as "Cision View original content:...", "SOURCE CGTN",
// "View original content:...".
bool is_boilerplate(std::string_view paragraph);

}  // namespace verbatim::read
