// Running the verbatim executable from CLI tests.
#pragma once

#include <string>
#include <vector>

namespace verbatim::testing {

struct CommandResult {
  int status = -1;  // exit status
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `verbatim ARGS...` (with the test build's binary), optionally feeding `input` on stdin.
// Arguments are passed without a shell. `env` entries ("NAME=value") are added to the environment.
CommandResult run_verbatim(const std::vector<std::string>& args, const std::string& input = "",
                           const std::vector<std::string>& env = {});

// Runs `command` (its first word found on PATH, without a shell), as run_verbatim does.
CommandResult run_program(const std::vector<std::string>& command, const std::string& input = "",
                          const std::vector<std::string>& env = {});

// Lines of `text`, without the newlines.
std::vector<std::string> lines(const std::string& text);

// Whether `text` (a command's output) contains `part`.
inline bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace verbatim::testing
