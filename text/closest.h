// "Did you mean": the known word closest to one typed (field names, closed values, commands).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace verbatim::text {

// The closest of `known` to `typed` when it is close (an edit distance of at most a third of
// the typed length, and at least 1), else "".
std::string closest(std::string_view typed, const std::vector<std::string>& known);

// "; did you mean X?" for closest(typed, known), else "".
std::string did_you_mean(std::string_view typed, const std::vector<std::string>& known);

}  // namespace verbatim::text
