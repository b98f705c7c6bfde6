#include "syncpanel.h"

#include "conflictdialog.h"

#include "core/store/database.h"
#include "core/store/outbox.h"
#include "core/sync/conflictstore.h"
#include "core/sync/portalclient.h"
#include "core/sync/syncaccount.h"
#include "core/sync/syncclock.h"
#include "core/sync/synclog.h"
#include "core/sync/syncscheduler.h"
#include "core/sync/syncstate.h"

#include <QApplication>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {

SyncPanel::SyncPanel(Database *db, QWidget *parent) : QWidget(parent), m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    m_account = new QLabel(this);
    m_summary = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    auto *buttons = new QHBoxLayout;
    m_signIn = new QPushButton(this);
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_conflicts = new QPushButton(tr("Conflicts…"), this);
    m_cancel->setEnabled(false);
    for (QPushButton *b : {m_signIn, m_syncNow, m_cancel, m_conflicts})
        buttons->addWidget(b);
    buttons->addStretch();
    m_log = new QListWidget(this);
    layout->addWidget(m_account);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Sync log"), this));
    layout->addWidget(m_log);
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        if (SyncState(m_db->connection()).value(u"account"_s).isEmpty())
            signIn();
        else
            signOut();
    });
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        startScheduler();
        if (m_scheduler)
            m_scheduler->syncNow();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_scheduler)
            m_scheduler->cancel();
    });
    connect(m_conflicts, &QPushButton::clicked, this, &SyncPanel::showConflicts);
    refresh();
}

SyncPanel::~SyncPanel() = default;

void SyncPanel::refresh()
{
    QSqlDatabase db = m_db->connection();
    SyncState state(db);
    const QString portal = state.value(u"portal_url"_s);
    const QString account = state.value(u"account"_s);
    m_account->setText(account.isEmpty() ? tr("Not signed in%1").arg(portal.isEmpty() ? QString() : u" ("_s + portal + u')')
                                         : tr("Signed in to %1 as %2%3").arg(portal, account,
                                                                             m_sessionOnly ? tr(" (this session only)") : QString()));
    m_signIn->setText(account.isEmpty() ? tr("Sign in…") : tr("Sign out"));
    const qint64 conflicts = ConflictStore(db, [](const QString &) { return nullptr; }).openCount();
    const QString last = state.value(QString::fromUtf16(SyncState::kLastSync));
    const QString error = state.value(QString::fromUtf16(SyncState::kLastError));
    m_summary->setText(tr("%1 edits waiting · %2 open conflicts · last sync: %3%4")
                           .arg(Outbox(db).count())
                           .arg(conflicts)
                           .arg(last.isEmpty() ? tr("never") : last, error.isEmpty() ? QString() : u"\n"_s + error));
    m_conflicts->setEnabled(conflicts > 0);
    m_syncNow->setEnabled(!account.isEmpty());
    m_log->clear();
    const QList<SyncLog::Entry> entries = SyncLog(db).recent(200);
    for (const SyncLog::Entry &e : entries)
        m_log->addItem(e.at.left(19).replace(u'T', u' ') + u"  "_s + e.message);
    m_log->scrollToBottom();
}

void SyncPanel::signIn()
{
    QSqlDatabase db = m_db->connection();
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Sign in"), tr("Portal address:"), QLineEdit::Normal,
                                              SyncState(db).value(u"portal_url"_s), &ok);
    if (!ok || url.isEmpty())
        return;
    QString probeDetail;
    const TokenStore::Problem problem = TokenStore::probe(&probeDetail);
    m_sessionOnly = false;
    if (problem != TokenStore::Problem::None) {
        const auto answer = QMessageBox::question(
            this, tr("Sign in"),
            tr("The sign-in cannot be kept on this computer: %1.\n\nSign in for this session only? "
               "Nothing is saved and you will sign in again next time.").arg(probeDetail));
        if (answer != QMessageBox::Yes)
            return;
        m_sessionOnly = true;
    }
    m_progress->show();
    m_signIn->setEnabled(false);
    // The browser flow waits for the loopback redirect: keep it off the GUI thread.
    auto *result = new QString;
    const bool sessionOnly = m_sessionOnly;
    Database *database = m_db;
    QThread *worker = QThread::create([database, url, sessionOnly, result] {
        {
            QNetworkAccessManager nam;
            PortalClient client(&nam, SyncClock::system());
            TokenStore tokens(sessionOnly);
            SyncAccount account(database->connection(), &client, SyncClock::system(), &tokens);
            QString error;
            if (!account.setPortalUrl(QUrl(url), &error)
                || !account.signIn([](const QUrl &u) {
                       bool opened = false;
                       QMetaObject::invokeMethod(qApp, [u] { return QDesktopServices::openUrl(u); },
                                                 Qt::BlockingQueuedConnection, &opened);
                       return opened;
                   }, &error))
                *result = error;
        }
        database->releaseConnection();
    });
    connect(worker, &QThread::finished, this, [this, worker, result] {
        worker->deleteLater();
        m_progress->hide();
        m_signIn->setEnabled(true);
        if (!result->isEmpty())
            QMessageBox::warning(this, tr("Sign in"), *result);
        delete result;
        delete m_scheduler;
        m_scheduler = nullptr;
        refresh();
    });
    worker->start();
}

void SyncPanel::signOut()
{
    delete m_scheduler;
    m_scheduler = nullptr;
    QNetworkAccessManager nam;
    PortalClient client(&nam, SyncClock::system());
    TokenStore tokens(m_sessionOnly);
    SyncAccount account(m_db->connection(), &client, SyncClock::system(), &tokens);
    QString error;
    account.signOut(&error);
    if (!error.isEmpty())
        QMessageBox::information(this, tr("Sign out"), error);
    refresh();
}

void SyncPanel::startScheduler()
{
    if (m_scheduler)
        return;
    const QUrl portal(SyncState(m_db->connection()).value(u"portal_url"_s));
    const bool sessionOnly = m_sessionOnly;
    Database *database = m_db;
    m_scheduler = new SyncScheduler(m_db, portal, [database, sessionOnly](PortalClient *client, QString *error) {
        // Lives for the worker's cycle; the refresher it installs is used within that cycle.
        thread_local std::unique_ptr<TokenStore> tokens;
        thread_local std::unique_ptr<SyncAccount> account;
        tokens = std::make_unique<TokenStore>(sessionOnly);
        account = std::make_unique<SyncAccount>(database->connection(), client, SyncClock::system(), tokens.get());
        return account->prepareClient(error);
    }, this);
    m_scheduler->setInterval(std::chrono::minutes(15));
    m_scheduler->watchNetwork();
    connect(m_scheduler, &SyncScheduler::started, this, [this] {
        m_progress->show();
        m_cancel->setEnabled(true);
        m_syncNow->setEnabled(false);
    });
    connect(m_scheduler, &SyncScheduler::progress, this, &SyncPanel::onProgress);
    connect(m_scheduler, &SyncScheduler::finished, this, &SyncPanel::onFinished);
}

void SyncPanel::onProgress(const SyncProgress &p)
{
    const QString phase = p.phase == SyncProgress::Phase::Push ? tr("Sending") : tr("Receiving");
    m_progress->setFormat(tr("%1: %2 records, %3 KiB").arg(phase).arg(p.records).arg(p.bytes / 1024));
    m_progress->setTextVisible(true);
}

void SyncPanel::onFinished(const SyncResult &)
{
    m_progress->hide();
    m_cancel->setEnabled(false);
    refresh();
}

void SyncPanel::showConflicts()
{
    QNetworkAccessManager nam;
    PortalClient client(&nam, SyncClock::system());
    SyncEngine engine(m_db->connection(), &client); // for its adapters only
    engine.addDefaultAdapters();
    ConflictStore store(m_db->connection(), [&engine](const QString &e) { return engine.adapter(e); });
    ConflictDialog dialog(&store, this);
    dialog.exec();
    refresh();
}

} // namespace pass
