#pragma once

#include <QJsonObject>
#include <QStringList>

namespace pass {

// Three-way, field-level merge of one record's wire fields against the common base (the
// server state both sides started from). A field changed on one side only takes that side's
// value; a field changed on both sides to the same value is fine; a field changed on both
// sides to different values is a conflict and keeps mine in merged (nothing is overwritten
// silently: the caller stores the conflict for a person to resolve).
struct FieldMerge
{
    QJsonObject merged;
    QStringList conflicts;     // fields changed differently on both sides
    QStringList mineChanged;   // fields where mine differs from base
    QStringList theirsChanged; // fields where theirs differs from base

    static FieldMerge merge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs);
};

} // namespace pass
