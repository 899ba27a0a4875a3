// Display names of boolean terms: the index stores "Xi Jinping" for the term "XSxi jinping"
// under the metadata key "name:XSxi jinping".
#pragma once

#include <string>

namespace verbatim::schema {

inline std::string display_name_key(const std::string& term) {
  return "name:" + term;
}

}  // namespace verbatim::schema
