#include "schema/fields.h"

#include <stdexcept>

#include "text/normalize.h"

namespace verbatim::schema {

const std::vector<Field>& fields() {
  static const std::vector<Field> table = {
      {"text", "", FieldType::free_text, -1, false, true,
       "passage words (the default field; stemmed, phrases with \"...\")"},
      {"title", "S", FieldType::free_text, -1, true, true,
       "words of the item's headline (a filter: items whose headline has them all)"},
      {"speaker", "XS", FieldType::boolean, -1, true, true,
       "canonical speaker of a statement; any alias or surname"},
      {"role", "XR", FieldType::boolean, -1, false, true,
       "how the text described a statement's speaker besides the name (\"chinese president\")"},
      {"entity", "XE", FieldType::boolean, -1, true, true,
       "person, place or organisation mentioned (canonical name or alias)"},
      {"alias", "XA", FieldType::boolean, -1, false, true,
       "other names of an entity in its item (\"CPC\", \"Heilongjiang\"); entity: matches them"},
      {"kind", "K", FieldType::boolean, -1, true, true,
       "paragraph; quote: the paragraphs holding statements"},
      {"stmt", "XK", FieldType::boolean, -1, true, true, "statement kind: direct, indirect, mixed"},
      {"cue", "XC", FieldType::boolean, -1, true, true, "attribution cue: said, stressed, ..."},
      {"item", "XI", FieldType::boolean, -1, true, false, "item id"},
      {"source", "XO", FieldType::boolean, -1, true, true, "publisher or distributor"},
      {"place", "XP", FieldType::boolean, -1, true, true, "dateline place"},
      {"year", "", FieldType::value, -1, true, true,
       "year of the item's date (read from the date slot)"},
      {"id", "Q", FieldType::boolean, -1, false, false, "unique document id"},
      {"date", "", FieldType::value, kSlotDate, true, true,
       "item date; date:2023-09-01..2023-09-30 (either end may be left open)"},
      {"hash", "", FieldType::value, kSlotHash, false, true, "item documents: content hash"},
      {"itemid", "", FieldType::value, kSlotItemId, false, false, "item documents: the item id"},
  };
  return table;
}

const Field& field(std::string_view name) {
  for (const Field& f : fields())
    if (f.name == name) return f;
  throw std::out_of_range("no field named " + std::string(name));
}

std::string boolean_term(std::string_view name, std::string_view value) {
  const Field& f = field(name);
  std::string term(f.prefix);
  term += f.folded ? text::fold_name(value) : std::string(value);
  if (term.size() > 240) term.resize(240);
  return term;
}

}  // namespace verbatim::schema
