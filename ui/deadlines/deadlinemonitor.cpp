#include "deadlinemonitor.h"

#include "core/store/changeset.h"
#include "core/workspace/workspace.h"
#include "ui/common/backlogvariant.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace pass {

QString DeadlineMonitor::settingsKey(const QString &storePath)
{
    const QByteArray path = QFileInfo(storePath).absoluteFilePath().toUtf8();
    return u"deadlines/lastStart-"_s
           + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

DeadlineMonitor *DeadlineMonitor::of(Workspace *workspace)
{
    if (auto *existing = workspace->findChild<DeadlineMonitor *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new DeadlineMonitor(workspace);
}

DeadlineMonitor::DeadlineMonitor(Workspace *workspace)
    : QObject(workspace), m_workspace(workspace),
      m_read(this, [this](const DeadlineWatchResult &result) { showCounts(result); })
{
    QSettings settings;
    const QString key = settingsKey(workspace->storePath());
    const QDate last = settings.value(key).toDate();
    if (last.isValid())
        m_previousStart = last;
    settings.setValue(key, QDate::currentDate());

    connect(workspace, &Workspace::changed, this, &DeadlineMonitor::onChanged);
    connect(workspace, &Workspace::focusAuthorityChanged, this, &DeadlineMonitor::refresh);
    connect(BacklogVariant::instance(), &BacklogVariant::changed, this, &DeadlineMonitor::refresh);
    refresh();
}

DeadlineMonitor::~DeadlineMonitor() = default;

void DeadlineMonitor::showCounts(const DeadlineWatchResult &result)
{
    m_dueSoon = result.dueSoon;
    m_overdue = result.overdue;
    m_new = result.newSinceLastSeen;
    m_hasCounts = true;
    Q_EMIT countsChanged(m_dueSoon, m_overdue);
    if (!m_announced) {
        m_announced = true;
        if (m_new > 0)
            Q_EMIT newSincePreviousStartFound(m_new);
    }
}

void DeadlineMonitor::onChanged(const ChangeSet &changes)
{
    if (changes.touches(ChangeSet::Entity::CaseFile) || changes.touches(ChangeSet::Entity::Catalogue))
        refresh();
}

void DeadlineMonitor::refresh()
{
    DeadlineWatch::Options options;
    options.scope.authorityIstat = m_workspace->focusAuthority();
    options.scope.netOfSuspensions = BacklogVariant::instance()->isNet();
    options.withinDays = m_withinDays;
    options.lastSeen = m_previousStart;
    options.limit = 0; // counts only
    m_read.run([workspace = m_workspace, options] {
        return workspace->readInBackground<DeadlineWatchResult>([options](QSqlDatabase db) {
            QString error;
            return DeadlineWatch(db).list(options, &error);
        });
    });
}

} // namespace pass
