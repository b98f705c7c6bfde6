#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <random>

namespace pass {

// Support requests, messages and visits for the authorities the experts helped, in every state
// of the request life cycle. Part of the demo generator, inside its transaction.
bool writeDemoRequests(QSqlDatabase db, const QStringList &supportedAuthorities, QDate asOf,
                       std::mt19937_64 &rng, qint64 *written, QString *error);

} // namespace pass
