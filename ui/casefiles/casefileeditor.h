#pragma once

#include "core/casefiles/casefilevalidator.h"
#include "core/domain/records.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pass {

class SuspensionListEditor;

// Edits one case file, every field of the domain: authority, procedure, protocol number, start
// and end dates, outcome, services conference, suspension periods, responsible officer, notes.
// Each field is checked as it is typed (the check function, CaseFileValidator's in the
// application) and what is wrong is said in a line under that field; Save stays disabled until
// the case is valid and something changed. The editor writes nothing itself: saveRequested()
// and deleteRequested() go to whoever holds the commands.
class CaseFileEditor : public QWidget
{
    Q_OBJECT

public:
    using Check = std::function<QList<FieldProblem>(const CaseFile &)>;

    CaseFileEditor(const QList<Authority> &authorities, const QList<ProcedureType> &procedures, Check check,
                   QWidget *parent = nullptr);

    // Shows an existing case file (what it was loaded as is kept: saves send only the changes).
    void setCaseFile(const CaseFile &c);
    // An empty form for a new case file, for `authorityIstat` when given.
    void startNew(const QString &authorityIstat = {});
    // Empties the editor: nothing selected.
    void clear();

    bool isNew() const { return !m_loaded.has_value(); }
    bool isShowingCase() const { return m_showing; }
    std::optional<CaseFile> loaded() const { return m_loaded; }
    // The case file as the form says it now.
    CaseFile caseFile() const;
    bool isModified() const;
    bool isValid() const { return m_problems.isEmpty(); }

    // Problems the commands found after Save (a change that arrived meanwhile, a store error)
    // or field problems they returned.
    void showProblems(const QList<FieldProblem> &problems);
    void showError(const QString &message);

    // The line under a field (for tests and accessibility): empty when the field is fine.
    QString problemText(CaseFileField field) const;
    QWidget *fieldWidget(CaseFileField field) const;
    // "Concluded on": ticked, the end date counts.
    QCheckBox *endedCheck() const { return m_ended; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    SuspensionListEditor *suspensionEditor() const { return m_suspensions; }

Q_SIGNALS:
    // loaded is empty for a new case file.
    void saveRequested(const std::optional<pass::CaseFile> &loaded, const pass::CaseFile &edited);
    void deleteRequested(const QString &id);
    void cancelled();

private:
    void build(const QList<Authority> &authorities, const QList<ProcedureType> &procedures);
    void fill(const CaseFile &c);
    void revalidate();
    void confirmDelete();
    QLabel *addProblemLabel(CaseFileField field);

    Check m_check;
    std::optional<CaseFile> m_loaded;
    CaseFile m_blank;
    bool m_showing = false;
    bool m_filling = false;
    QList<FieldProblem> m_problems;

    QLabel *m_title;
    QComboBox *m_authority;
    QComboBox *m_procedure;
    QLineEdit *m_protocol;
    QDateEdit *m_start;
    QCheckBox *m_ended;
    QDateEdit *m_end;
    QComboBox *m_outcome;
    QCheckBox *m_conference;
    SuspensionListEditor *m_suspensions;
    QLineEdit *m_responsible;
    QPlainTextEdit *m_notes;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QPushButton *m_delete;
    QHash<CaseFileField, QLabel *> m_problemLabels;
    QHash<CaseFileField, QWidget *> m_fields;
};

} // namespace pass
