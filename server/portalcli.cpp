#include "portalcli.h"

#include "portalcontext.h"
#include "portallog.h"
#include "portalserver.h"
#include "seeder.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pass::portal {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << "pass-portal: " << message << Qt::endl;
    return 1;
}

// Takes "--name value" out of args; returns the values found, in order.
QStringList takeOption(QStringList &args, const QString &name)
{
    QStringList values;
    for (qsizetype i = 0; i < args.size();) {
        if (args.at(i) == name && i + 1 < args.size()) {
            values.append(args.at(i + 1));
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    return values;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

int serve(QCoreApplication &app, PortalContext &context, QStringList args)
{
    const QString host = takeOption(args, u"--host"_s).value(0, u"127.0.0.1"_s);
    const int port = takeOption(args, u"--port"_s).value(0, u"8080"_s).toInt();
    context.testMode = takeFlag(args, u"--test-mode"_s);
    context.failRate = takeOption(args, u"--fail-rate"_s).value(0, u"0"_s).toDouble();
    const QStringList ttl = takeOption(args, u"--access-token-ttl"_s);
    if (!ttl.isEmpty())
        context.tokens.setAccessTokenLifetime(std::max(1, ttl.first().toInt()));
    // The address clients use, when it is not the one listened on (0.0.0.0 in a training room,
    // a reverse proxy): the OAuth metadata sends the clients' browsers there.
    const QString publicUrl = takeOption(args, u"--public-url"_s).value(0);
    if (!args.isEmpty())
        return fail(u"unknown argument for serve: "_s + args.first());
    PortalServer server(&context);
    const QHostAddress address(host);
    if (address.isNull())
        return fail(u"--host needs an IP address"_s);
    const QUrl advertised(publicUrl, QUrl::StrictMode);
    if (!publicUrl.isEmpty()
        && (!advertised.isValid() || advertised.host().isEmpty()
            || (advertised.scheme() != u"http" && advertised.scheme() != u"https")))
        return fail(u"--public-url needs an http:// or https:// address with a host, not '%1'"_s.arg(publicUrl));
    const quint16 bound = server.start(address, quint16(port));
    if (bound == 0)
        return fail(u"cannot listen on %1:%2"_s.arg(host).arg(port));
    if (!publicUrl.isEmpty())
        context.baseUrl = advertised.adjusted(QUrl::StripTrailingSlash);
    out() << context.baseUrl.toString() << Qt::endl;
    if (context.testMode)
        err() << "pass-portal: test mode: /api/v1/_test/ endpoints are enabled" << Qt::endl;
    return app.exec();
}

int userCommand(PortalContext &context, QStringList args)
{
    if (args.size() < 2 || args.at(0) != u"add")
        return fail(u"usage: user add NAME --role ROLE [--authority ISTAT]…"_s);
    const QString name = args.at(1);
    args.remove(0, 2);
    const auto role = roleFromName(takeOption(args, u"--role"_s).value(0));
    const QStringList authorities = takeOption(args, u"--authority"_s);
    if (!role)
        return fail(u"--role must be authority, expert or coordinator"_s);
    if (!args.isEmpty())
        return fail(u"unknown argument: "_s + args.first());
    QTextStream in(stdin);
    const QString password = in.readLine();
    QString error;
    if (!context.users.addUser(name, *role, password, authorities, &error))
        return fail(error);
    out() << "added " << roleName(*role) << ' ' << name << Qt::endl;
    return 0;
}

} // namespace

QString PortalCli::usage()
{
    return u"usage: pass-portal --db FILE COMMAND\n"
           "  serve [--host ADDR] [--port N] [--public-url URL] [--test-mode] [--fail-rate P]\n"
           "        [--access-token-ttl S]\n"
           "  user add NAME --role authority|expert|coordinator [--authority ISTAT]...  (password on stdin)\n"
           "  assign EXPERT ISTAT...\n"
           "  seed --records N [--seed S]\n"
           "  token NAME [--ttl S]\n"
           "  expire-cursors\n"_s;
}

int PortalCli::run(QCoreApplication &app, const QStringList &arguments)
{
    QStringList args = arguments;
    const QStringList db = takeOption(args, u"--db"_s);
    if (db.isEmpty() || args.isEmpty() || args.contains(u"--help"_s)) {
        err() << usage();
        return db.isEmpty() || args.isEmpty() ? 2 : 0;
    }
    PortalDatabase database(db.first());
    if (!database.open())
        return fail(u"cannot open %1: %2"_s.arg(db.first(), database.errorString()));
    PortalContext context(&database);
    const QString command = args.takeFirst();
    if (command == u"serve")
        return serve(app, context, args);
    if (command == u"user")
        return userCommand(context, args);
    if (command == u"assign") {
        if (args.size() < 2)
            return fail(u"usage: assign EXPERT ISTAT…"_s);
        QString error;
        const QString expert = args.takeFirst();
        if (!context.users.assign(expert, args, &error))
            return fail(error);
        return 0;
    }
    if (command == u"seed") {
        bool ok = false;
        const qint64 records = takeOption(args, u"--records"_s).value(0).toLongLong(&ok);
        if (!ok || records < 0)
            return fail(u"usage: seed --records N [--seed S]"_s);
        const quint32 seed = takeOption(args, u"--seed"_s).value(0, u"1"_s).toUInt();
        QString error;
        if (!Seeder(database.db(), &context.catalog).seed(records, seed, &error))
            return fail(error);
        out() << "seeded " << records << " records" << Qt::endl;
        return 0;
    }
    if (command == u"token") {
        const QStringList ttl = takeOption(args, u"--ttl"_s);
        if (args.size() != 1)
            return fail(u"usage: token NAME [--ttl S]"_s);
        if (!context.users.find(args.first()))
            return fail(u"unknown user "_s + args.first());
        if (!ttl.isEmpty())
            context.tokens.setAccessTokenLifetime(std::max(1, ttl.first().toInt()));
        out() << context.tokens.issueAccessToken(args.first()) << Qt::endl;
        return 0;
    }
    if (command == u"expire-cursors")
        return context.feed.expireCursors() ? 0 : fail(u"cannot expire cursors"_s);
    err() << usage();
    return 2;
}

} // namespace pass::portal
