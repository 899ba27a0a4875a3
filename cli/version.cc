#include "cli/version.h"

#include <fmt/format.h>
#include <xapian.h>

#include "schema/fields.h"
#include "text/icu_version.h"

namespace verbatim::cli {

std::string version_text() {
  return fmt::format("verbatim {}\nXapian {}\nICU {}\nindex schema {}", VERBATIM_VERSION,
                     Xapian::version_string(), text::icu_version(), schema::kSchemaVersion);
}

}  // namespace verbatim::cli
