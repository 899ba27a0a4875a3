// What the text printers share: styles on a terminal, matched words (between kMarkStart and
// kMarkEnd) turned into colours, and marked text wrapped to the terminal's width.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace verbatim::query {

// Matched words: bold yellow, as one sequence "\x1b[1;33m" (coloured output stays byte for byte
// what it was: scripts and tests match it). Statements in `show`: underlined.
inline constexpr std::string_view kHighlight = "\x1b[1;33m";
inline constexpr std::string_view kUnderline = "\x1b[4m";
inline constexpr std::string_view kReset = "\x1b[0m";

std::string bold(bool color, std::string_view text);
std::string dim(bool color, std::string_view text);

// `marked` with its marks turned into `style` ... kReset when colouring, dropped otherwise.
std::string colored(std::string_view marked, bool color, std::string_view style = kHighlight);

// `marked` in lines of at most `width` columns (0: one line), marks kept; a line ending inside
// marked words closes them and the next line opens them again, so each line stands alone.
std::vector<std::string> wrap_marked(std::string_view marked, std::size_t width);

// The string value of `key`, or "".
std::string str(const nlohmann::json& j, std::string_view key);

// Columns of the terminal `out` is; 0 when it is none (output is then not wrapped).
std::size_t terminal_width(std::FILE* out);

}  // namespace verbatim::query
