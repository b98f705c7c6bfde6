#include "backlogvariant.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace pass {
namespace {
const QString kKey = u"indicators/netOfSuspensions"_s;
}

BacklogVariant *BacklogVariant::instance()
{
    static BacklogVariant *variant = new BacklogVariant(QCoreApplication::instance());
    return variant;
}

bool BacklogVariant::isNet() const
{
    return QSettings().value(kKey, false).toBool();
}

void BacklogVariant::setNet(bool net)
{
    if (net == isNet())
        return;
    QSettings().setValue(kKey, net);
    Q_EMIT changed(net);
}

QString BacklogVariant::label(bool net)
{
    return net ? tr("Backlog net of suspensions") : tr("Gross backlog (DFP, calendar days)");
}

QString BacklogVariant::termsNote(bool net)
{
    return net ? tr("terms extended by their suspension days") : tr("terms in calendar days, suspensions included (DFP)");
}

} // namespace pass
