#pragma once

#include "core/import/importmapping.h"

#include <optional>

namespace pass {

// Keeps the mapping the user settled on for each source layout, so the next export from the
// same SUE/SUAP product is mapped without asking again. One JSON file per layout, named by
// the header's fingerprint, in a folder of the user's profile.
class MappingStore
{
public:
    // dir empty: QStandardPaths::AppDataLocation/import-mappings.
    explicit MappingStore(QString dir = {});

    std::optional<ImportMapping> find(const QString &fingerprint) const;
    // Where the mapping of a layout is (or would be) kept.
    QString pathFor(const QString &fingerprint) const { return m_dir + u'/' + fingerprint + QStringLiteral(".json"); }
    bool save(const ImportMapping &mapping, QString *error) const;

    // A mapping file given on the command line (passctl import --mapping FILE).
    static std::optional<ImportMapping> load(const QString &path, QString *error);
    static bool write(const ImportMapping &mapping, const QString &path, QString *error);

private:
    QString m_dir;
};

} // namespace pass
