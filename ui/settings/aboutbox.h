#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace pass {

// The about box: what PAsS Desktop is, the versions of the application, Qt, SQLite and the
// store schema, the licence (EUPL-1.2), and buttons that open the third-party notices and the
// licence text shipped inside the application (:/pass/legal/).
class AboutBox : public QDialog
{
    Q_OBJECT
public:
    explicit AboutBox(QWidget *parent = nullptr);

    // The rich text of the box (the versions line included).
    static QString text();
    // The shipped text at a :/pass/legal/ path, empty when missing.
    static QString legalText(const QString &resource);
    // Opens the modal box.
    static void showModal(QWidget *parent);

    QLabel *textLabel() const { return m_text; }
    QPushButton *noticesButton() const { return m_notices; }
    QPushButton *licenceButton() const { return m_licence; }

    // Opens a window with the shipped text at `resource` and the given title; returns it (it is
    // deleted when closed).
    QDialog *openText(const QString &title, const QString &resource);

private:
    QLabel *m_text;
    QPushButton *m_notices;
    QPushButton *m_licence;
};

} // namespace pass
