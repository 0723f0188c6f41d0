// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autoconfig/providertable.h"

#include "autoconfig/configparser.h"
#include "autoconfig/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Autoconfig
{

namespace
{

std::optional<Hint::Kind> kindFromName(const QString &name)
{
    if (name == QLatin1String("enable-access")) {
        return Hint::Kind::EnableAccess;
    }
    if (name == QLatin1String("app-password")) {
        return Hint::Kind::AppPassword;
    }
    if (name == QLatin1String("oauth-only")) {
        return Hint::Kind::OAuthOnly;
    }
    return std::nullopt;
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

const ProviderTable &ProviderTable::bundled()
{
    static const ProviderTable table = [] {
        const QDir dir(QStringLiteral(":/kurier/autoconfig/providers"));
        QList<QByteArray> configs;
        const QStringList files = dir.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            configs.append(readResource(dir.filePath(name)));
        }
        QStringList problems;
        ProviderTable result = fromData(configs, readResource(dir.filePath(QStringLiteral("hints.json"))), &problems);
        for (const QString &problem : std::as_const(problems)) {
            qCWarning(lcAutoconfig) << "bundled provider table:" << problem;
        }
        return result;
    }();
    return table;
}

ProviderTable ProviderTable::fromData(const QList<QByteArray> &clientConfigs, const QByteArray &hintsJson,
                                      QStringList *problems)
{
    ProviderTable table;
    for (const QByteArray &document : clientConfigs) {
        const ConfigParser::Result parsed = ConfigParser::parse(document);
        if (parsed.config) {
            table.m_configs.append(*parsed.config);
        } else if (problems) {
            problems->append(QStringLiteral("a provider file does not parse: %1").arg(parsed.detail));
        }
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(hintsJson, &error);
    if (json.isNull()) {
        if (problems) {
            problems->append(QStringLiteral("hints.json: %1").arg(error.errorString()));
        }
        return table;
    }
    const QJsonArray providers = json.object().value(QLatin1String("providers")).toArray();
    for (const QJsonValue &providerValue : providers) {
        const QJsonObject provider = providerValue.toObject();
        const QString name = provider.value(QLatin1String("name")).toString();
        QList<Hint> hints;
        const QJsonArray hintArray = provider.value(QLatin1String("hints")).toArray();
        for (const QJsonValue &hintValue : hintArray) {
            const QJsonObject object = hintValue.toObject();
            const std::optional<Hint::Kind> kind = kindFromName(object.value(QLatin1String("kind")).toString());
            const QString source = object.value(QLatin1String("source")).toString();
            if (!kind || source.isEmpty()) {
                if (problems) {
                    problems->append(
                        QStringLiteral("hints.json: %1 has a hint without a known kind or a source").arg(name));
                }
                continue;
            }
            Hint hint;
            hint.kind = *kind;
            hint.provider = name;
            hint.url = QUrl(object.value(QLatin1String("url")).toString());
            hint.source = source;
            hints.append(hint);
        }
        const QJsonArray domains = provider.value(QLatin1String("domains")).toArray();
        for (const QJsonValue &domain : domains) {
            table.m_hints[domain.toString().toLower()] += hints;
        }
    }
    return table;
}

std::optional<ProviderConfig> ProviderTable::configFor(const QString &domain) const
{
    for (const ProviderConfig &config : m_configs) {
        if (config.domains.contains(domain.toLower())) {
            return config;
        }
    }
    return std::nullopt;
}

QList<Hint> ProviderTable::hintsFor(const QStringList &domains) const
{
    QList<Hint> result;
    for (const QString &domain : domains) {
        const QList<Hint> hints = m_hints.value(domain.toLower());
        for (const Hint &hint : hints) {
            if (!result.contains(hint)) {
                result.append(hint);
            }
        }
    }
    return result;
}

} // namespace Autoconfig
