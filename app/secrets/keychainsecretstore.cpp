// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/secrets/keychainsecretstore.h"

#include "app/logging.h"

#include <QFileInfo>

#include <qt6keychain/keychain.h>

namespace Secrets
{

namespace
{

SecretResult noBackend()
{
    return {SecretResult::Status::NoBackend,
            {},
            KeychainSecretStore::tr("No keychain is available on this system (Kurier looked for the Secret Service, "
                                    "for example GNOME Keyring or KWallet), so the password cannot be stored "
                                    "safely.")};
}

// The Secret Service is reached over the D-Bus session bus; without one, libsecret would
// try to autolaunch a bus and fail with a cryptic X11 message, so say plainly what is missing.
bool sessionBusReachable()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        return true;
    }
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QStringLiteral("/bus"));
}

SecretResult resultOf(const QKeychain::Job &job)
{
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message = KeychainSecretStore::tr("The keychain has no password stored for this account.");
        break;
    case QKeychain::NoBackendAvailable:
        return noBackend();
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::AccessDenied;
        result.message = KeychainSecretStore::tr("The keychain refused access (it may be locked).");
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        result.status = SecretResult::Status::Failed;
        // QtKeychain's text is technical but specific (e.g. "Object does not exist at path
        // .../collection/login" when no keyring was ever unlocked); keep it, and add the
        // usual cause in words.
        result.message = KeychainSecretStore::tr("The keychain reported an error (%1); it may be locked or have no "
                                                 "default keyring.")
                             .arg(job.errorString());
        break;
    }
    return result;
}

template<typename KeychainJob>
KeychainJob *prepare(const QString &service, const QString &key, SecretJob *owner)
{
    auto *job = new KeychainJob(service, owner);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString::fromLatin1(DefaultService), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

SecretJob *KeychainSecretStore::read(const QString &accountId, SecretKind kind)
{
    auto *job = new SecretJob(this);
    if (!sessionBusReachable()) {
        job->finish(noBackend());
        return job;
    }
    auto *keychainJob = prepare<QKeychain::ReadPasswordJob>(m_service, keyFor(accountId, kind), job);
    connect(keychainJob, &QKeychain::Job::finished, job, [job](QKeychain::Job *finishedJob) {
        SecretResult result = resultOf(*finishedJob);
        if (result.ok()) {
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finishedJob)->textData();
        }
        qCDebug(lcSecrets) << "read finished with status" << static_cast<int>(result.status);
        job->finish(result);
    });
    keychainJob->start();
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &accountId, SecretKind kind, const QString &secret)
{
    auto *job = new SecretJob(this);
    if (!sessionBusReachable()) {
        job->finish(noBackend());
        return job;
    }
    auto *keychainJob = prepare<QKeychain::WritePasswordJob>(m_service, keyFor(accountId, kind), job);
    keychainJob->setTextData(secret);
    connect(keychainJob, &QKeychain::Job::finished, job, [job](QKeychain::Job *finishedJob) {
        const SecretResult result = resultOf(*finishedJob);
        qCDebug(lcSecrets) << "write finished with status" << static_cast<int>(result.status);
        job->finish(result);
    });
    keychainJob->start();
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &accountId, SecretKind kind)
{
    auto *job = new SecretJob(this);
    if (!sessionBusReachable()) {
        job->finish(noBackend());
        return job;
    }
    auto *keychainJob = prepare<QKeychain::DeletePasswordJob>(m_service, keyFor(accountId, kind), job);
    connect(keychainJob, &QKeychain::Job::finished, job, [job](QKeychain::Job *finishedJob) {
        const SecretResult result = resultOf(*finishedJob);
        qCDebug(lcSecrets) << "delete finished with status" << static_cast<int>(result.status);
        job->finish(result);
    });
    keychainJob->start();
    return job;
}

} // namespace Secrets
