#include "fieldmerge.h"

#include <QSet>

namespace pass {

FieldMerge FieldMerge::merge(const QJsonObject &base, const QJsonObject &mine, const QJsonObject &theirs)
{
    FieldMerge result;
    QStringList keys = base.keys() + mine.keys() + theirs.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue b = base.value(key);
        const QJsonValue m = mine.value(key);
        const QJsonValue t = theirs.value(key);
        // An absent field on one side means "not known there", not "deleted": keep the other.
        const bool mineChanged = mine.contains(key) && m != b;
        const bool theirsChanged = theirs.contains(key) && t != b;
        if (mineChanged)
            result.mineChanged << key;
        if (theirsChanged)
            result.theirsChanged << key;
        if (mineChanged && theirsChanged && m != t) {
            result.conflicts << key;
            result.merged.insert(key, m);
        } else if (mineChanged) {
            result.merged.insert(key, m);
        } else if (theirs.contains(key)) {
            result.merged.insert(key, t);
        } else {
            result.merged.insert(key, mine.contains(key) ? m : b);
        }
    }
    return result;
}

} // namespace pass
