#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QUrl;

namespace pass {

class ChangeSet;
class Workspace;

// The documents of one support request, inside its detail: name, kind, size, who added it and
// where it stands (waiting to upload, on the portal, not downloaded yet), with Add (a file
// dialog), Open (in the desktop's viewer) and Save a copy. Follows the workspace's change
// announcements. Adding is disabled, with the rule's words in its tooltip, for who may not.
class DocumentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentsPanel(Workspace *workspace, QWidget *parent = nullptr);

    void showRequest(const QString &requestId);
    void refresh();

    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *message() const { return m_message; }

    // The dialogs and the desktop, replaceable by tests: the file to attach (empty: cancelled),
    // where to save a copy, and opening a file.
    std::function<QString(QWidget *)> chooseFileToAttach;
    std::function<QString(QWidget *, const QString &suggestedName)> chooseCopyPath;
    std::function<bool(const QUrl &)> openUrl;

Q_SIGNALS:
    void failed(const QString &message);

private:
    void onChanged(const ChangeSet &changes);
    void attach();
    void openSelected();
    void saveSelected();
    void updateButtons();
    void showMessage(const QString &text, bool error);

    Workspace *m_workspace;
    QString m_requestId;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_save;
};

} // namespace pass
