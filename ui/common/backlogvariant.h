#pragma once

#include <QObject>

namespace pass {

// The one switch between the gross backlog (the DFP's figure: calendar days, suspensions
// included) and the backlog net of suspension days. Every view and the report dialog read it
// here and follow changed(), so the choice made in one place holds everywhere; it is kept in
// the user's settings.
class BacklogVariant : public QObject
{
    Q_OBJECT
public:
    static BacklogVariant *instance();

    bool isNet() const;
    void setNet(bool net);
    // "Gross backlog (DFP, calendar days)" or "Backlog net of suspensions".
    static QString label(bool net);
    // How the terms are counted, for a sentence: "terms in calendar days, suspensions included".
    static QString termsNote(bool net);

Q_SIGNALS:
    void changed(bool net);

private:
    using QObject::QObject;
};

} // namespace pass
