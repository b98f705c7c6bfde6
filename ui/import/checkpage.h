#pragma once

#include "core/import/caseimporter.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace pass {

// The import wizard's check page (a dry run): its progress and cancel, the report, the changes
// the import would make to existing case files, the values the importer does not know (the
// user says what they mean and checks again), "Save rejected rows…", and how to apply. Complete
// once a check has run to its end.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(QWidget *parent = nullptr);

    bool isComplete() const override;
    bool isChecked() const { return m_checked; }
    ApplyPolicy policy() const;
    QProgressBar *progressBar() const { return m_progress; }

    // A check starts: nothing holds until it ends.
    void checkStarted();
    // The check ended (or was cancelled or failed) with `report`.
    void checkFinished(const ImportReport &report);
    // Writes the meanings given to unknown values into `mapping`.
    void readMeaningsInto(ImportMapping *mapping) const;
    void appendText(const QString &line);

Q_SIGNALS:
    void recheckRequested();
    void cancelRequested();
    void saveRejectsRequested();

private:
    void showChanges(const ImportReport &report);
    void showUnknownValues(const ImportReport &report);

    bool m_checked = false;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPlainTextEdit *m_text;
    QTableWidget *m_changes;
    QLabel *m_changesTitle;
    QTableWidget *m_unknown;
    QPushButton *m_recheck;
    QPushButton *m_saveRejects;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_validOnly;
};

} // namespace pass
