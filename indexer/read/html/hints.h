// Class/id hints (data/read/html/*.txt): word lists, never page-specific rules.
#pragma once

#include <string_view>

namespace verbatim::read::html {

enum class Hint { unlikely, maybe, positive, negative, share, byline, role, overlay };

// True when `class_id` ("class id", lower case) contains a word of the hint's list; for
// Hint::role, when `class_id` is one of the roles.
bool matches(Hint hint, std::string_view class_id);

}  // namespace verbatim::read::html
