#pragma once

#include "core/domain/records.h"

#include <QWidget>

class QVBoxLayout;

namespace pass {

// The suspension periods of one case file, one row each: a dated period (from, to) or, when the
// dates are unknown, a number of days as the source declared it; each with its reason and a
// button that removes it. Emits changed() on every edit.
class SuspensionListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SuspensionListEditor(QWidget *parent = nullptr);

    QList<Suspension> suspensions() const;
    void setSuspensions(const QList<Suspension> &suspensions);
    int count() const;

public Q_SLOTS:
    // A new dated period starting on `from` (ten days long), or a day count of 0 to fill in.
    void addDated(QDate from);
    void addDayCount();

Q_SIGNALS:
    void changed();

private:
    void addRow(const Suspension &s, bool dated);
    void renumber();

    QVBoxLayout *m_rows;
};

} // namespace pass
