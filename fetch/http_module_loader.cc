#include "fetch/http_module_loader.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdlib>
#include <mutex>
#include <string>
#include <vector>

namespace verbatim::fetch {
namespace {

std::string executable_dir() {
  std::string path(4096, '\0');
  const ssize_t n = ::readlink("/proc/self/exe", path.data(), path.size());
  if (n <= 0) return {};
  path.resize(static_cast<std::size_t>(n));
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

std::vector<std::string> candidates() {
  if (const char* given = std::getenv("VERBATIM_HTTP_MODULE"); given && *given) return {given};
  const std::string dir = executable_dir();
  if (dir.empty()) return {};
  return {dir + "/" VERBATIM_HTTP_MODULE_FILE, dir + "/../lib/verbatim/" VERBATIM_HTTP_MODULE_FILE};
}

// The table of the module at `path`, or nullptr with the reason in `why`.
const VerbatimHttpModule* open_module(const std::string& path, std::string& why) {
  if (::access(path.c_str(), F_OK) != 0) {
    why = "not found";
    return nullptr;
  }
  // RTLD_LOCAL: the module's libcurl and its libraries stay out of the executable's namespace.
  void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* error = ::dlerror();
    why = error ? error : "dlopen failed";
    return nullptr;
  }
  auto entry =
      reinterpret_cast<VerbatimHttpModuleEntry>(::dlsym(handle, VERBATIM_HTTP_MODULE_ENTRY));
  const VerbatimHttpModule* table = entry ? entry() : nullptr;
  if (table == nullptr || table->abi != VERBATIM_HTTP_MODULE_ABI) {
    why = table == nullptr
              ? "not a verbatim HTTP module"
              : "of another verbatim version (interface " + std::to_string(table->abi) +
                    ", this verbatim needs " + std::to_string(VERBATIM_HTTP_MODULE_ABI) + ")";
    ::dlclose(handle);
    return nullptr;
  }
  return table;  // kept loaded until the process ends
}

const VerbatimHttpModule* load(std::string& failure) {
  const std::vector<std::string> paths = candidates();
  std::string tried;
  for (const std::string& path : paths) {
    std::string why;
    if (const VerbatimHttpModule* table = open_module(path, why)) return table;
    tried += (tried.empty() ? "" : "; ") + path + ": " + why;
  }
  if (paths.empty()) tried = "the executable's folder is unknown; set VERBATIM_HTTP_MODULE";
  failure = "fetch needs the HTTP module " VERBATIM_HTTP_MODULE_FILE
            " (it uses libcurl), which could not be loaded (" +
            tried +
            "); install it with verbatim (cmake --install puts it in lib/verbatim/), install "
            "libcurl4 when it is what is missing, or set VERBATIM_HTTP_MODULE to its path";
  return nullptr;
}

}  // namespace

const VerbatimHttpModule& http_module() {
  static std::once_flag once;
  static const VerbatimHttpModule* table = nullptr;
  static std::string failure;
  std::call_once(once, [] { table = load(failure); });
  if (table == nullptr) throw HttpModuleMissing(failure);
  return *table;
}

std::string take_text(VerbatimHttpText& text) {
  std::string s = text.data ? std::string(text.data, text.size) : std::string();
  http_module().free_text(&text);
  return s;
}

}  // namespace verbatim::fetch
