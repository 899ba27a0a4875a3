#include "text/icu_version.h"

#include <unicode/uversion.h>

namespace verbatim::text {

std::string icu_version() {
  UVersionInfo info;
  u_getVersion(info);
  char text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(info, text);
  return text;
}

}  // namespace verbatim::text
