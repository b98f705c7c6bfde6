#include "documentspanel.h"

#include "core/requests/documentdesk.h"
#include "core/store/changeset.h"
#include "core/workspace/workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

enum Column { Name, Kind, Size, State, AddedBy, ColumnCount };

QString stateLabel(DocumentStore::State state)
{
    switch (state) {
    case DocumentStore::State::WaitingToUpload: return DocumentsPanel::tr("Waiting to upload");
    case DocumentStore::State::OnThePortal: return DocumentsPanel::tr("On the portal");
    case DocumentStore::State::NotDownloaded: return DocumentsPanel::tr("On the portal, not downloaded yet");
    case DocumentStore::State::LocalOnly: return DocumentsPanel::tr("Only on this computer");
    }
    return {};
}

QString addedText(const RequestDocument &d)
{
    const QDateTime at = QDateTime::fromString(d.addedAt, Qt::ISODate);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : QString();
    return when.isEmpty() ? d.addedBy : DocumentsPanel::tr("%1, %2").arg(d.addedBy, when);
}

} // namespace

DocumentsPanel::DocumentsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    auto *heading = new QLabel(tr("<b>Documents</b>"));
    m_list = new QTreeWidget;
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Size"), tr("State"), tr("Added by")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Documents of the request"));
    m_list->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int c = Kind; c < ColumnCount; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // A few rows: the timeline below gets the height.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 5);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 9);
    m_empty = new QLabel(tr("No documents. Add a PDF, an image or an office file (up to 25 MB)."));
    m_empty->setWordWrap(true);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Documents: last message"));
    m_message->hide();
    m_add = new QPushButton(tr("&Add…"));
    m_open = new QPushButton(tr("&Open"));
    m_save = new QPushButton(tr("Save a &copy…"));
    m_add->setAccessibleName(tr("Add a document"));
    m_open->setAccessibleName(tr("Open the document"));
    m_save->setAccessibleName(tr("Save a copy of the document"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    chooseFileToAttach = [](QWidget *parent) {
        return QFileDialog::getOpenFileName(parent, tr("Add a document"), QDir::homePath(),
                                            tr("Documents (%1)").arg(DocumentTypes::fileDialogPatterns().join(u' ')));
    };
    chooseCopyPath = [](QWidget *parent, const QString &name) {
        return QFileDialog::getSaveFileName(parent, tr("Save a copy"), QDir::home().filePath(name));
    };
    openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };

    connect(m_add, &QPushButton::clicked, this, &DocumentsPanel::attach);
    connect(m_open, &QPushButton::clicked, this, &DocumentsPanel::openSelected);
    connect(m_save, &QPushButton::clicked, this, &DocumentsPanel::saveSelected);
    connect(m_list, &QTreeWidget::itemActivated, this, &DocumentsPanel::openSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &DocumentsPanel::updateButtons);
    connect(m_workspace, &Workspace::changed, this, &DocumentsPanel::onChanged);
    refresh();
}

void DocumentsPanel::showRequest(const QString &requestId)
{
    if (requestId != m_requestId)
        m_message->hide();
    m_requestId = requestId;
    refresh();
}

void DocumentsPanel::onChanged(const ChangeSet &changes)
{
    if (changes.touches(ChangeSet::Entity::RequestDocument) || changes.touches(ChangeSet::Entity::SupportRequest)
        || changes.touches(ChangeSet::Entity::SyncState))
        refresh();
}

void DocumentsPanel::refresh()
{
    const QString selected = m_list->currentItem() ? m_list->currentItem()->data(Name, Qt::UserRole).toString() : QString();
    m_list->clear();
    const DocumentDesk desk(*m_workspace);
    QList<DocumentRow> rows;
    QString readError;
    if (!m_requestId.isEmpty() && !desk.documents(m_requestId, &rows, &readError))
        showMessage(tr("The documents cannot be read from the store: %1").arg(readError), true);
    for (const DocumentRow &row : rows) {
        const RequestDocument &d = row.document;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Name, d.fileName);
        item->setText(Kind, DocumentTypes::kindLabel(d.mediaType));
        item->setText(Size, QLocale().formattedDataSize(d.size));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(State, stateLabel(row.state));
        item->setText(AddedBy, addedText(d));
        item->setToolTip(Name, tr("SHA-256 %1").arg(d.sha256));
        item->setData(Name, Qt::UserRole, d.id);
        item->setData(Kind, Qt::UserRole, d.sha256);
        item->setData(State, Qt::UserRole, int(row.state));
        if (d.id == selected)
            m_list->setCurrentItem(item);
    }
    m_list->setVisible(!rows.isEmpty());
    m_empty->setVisible(rows.isEmpty());
    const MoveVerdict verdict = m_requestId.isEmpty() ? MoveVerdict::allow() : desk.canAttach(m_requestId);
    m_add->setEnabled(!m_requestId.isEmpty() && verdict.allowed);
    m_add->setToolTip(verdict.allowed ? tr("Add a PDF, an image or an office file (up to 25 MB); it is sent at the next sync")
                                      : verdict.message);
    updateButtons();
}

void DocumentsPanel::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const bool here = item && item->data(State, Qt::UserRole).toInt() != int(DocumentStore::State::NotDownloaded);
    for (QPushButton *b : {m_open, m_save}) {
        b->setEnabled(here);
        b->setToolTip(item && !here ? tr("Its content comes with the next sync") : QString());
    }
}

void DocumentsPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b00020;"_s : QString());
    m_message->show();
    if (error)
        Q_EMIT failed(text);
}

void DocumentsPanel::attach()
{
    const QString path = chooseFileToAttach(this);
    if (path.isEmpty())
        return;
    QString error;
    if (!DocumentDesk(*m_workspace).attach(m_requestId, path, &error)) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("%1 added: it is sent to the portal at the next sync.").arg(QFileInfo(path).fileName()), false);
    refresh(); // the change announcement follows; the list shows the document at once
}

void DocumentsPanel::openSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const DocumentDesk desk(*m_workspace);
    QList<DocumentRow> rows;
    QString readError;
    if (!desk.documents(m_requestId, &rows, &readError)) {
        showMessage(tr("The documents cannot be read from the store: %1").arg(readError), true);
        return;
    }
    for (const DocumentRow &row : std::as_const(rows)) {
        if (row.document.id != item->data(Name, Qt::UserRole).toString())
            continue;
        QString error;
        const std::optional<QString> path = desk.viewableCopy(row.document, &error);
        if (!path)
            showMessage(error, true);
        else if (!openUrl(QUrl::fromLocalFile(*path)))
            showMessage(tr("%1: no program on this computer opens this kind of file").arg(row.document.fileName), true);
        return;
    }
}

void DocumentsPanel::saveSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString path = chooseCopyPath(this, item->text(Name));
    if (path.isEmpty())
        return;
    QString error;
    if (!DocumentDesk(*m_workspace).saveCopy(m_requestId, item->data(Kind, Qt::UserRole).toString(), path, &error))
        showMessage(error, true);
    else
        showMessage(tr("Copy saved in %1").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace pass
