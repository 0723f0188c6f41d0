// SPDX-FileCopyrightText: 2026 Kurier authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace Outbox
{

class Store;

// A file of a draft. Its bytes are copied into the store when the draft is saved, so a
// later change to the file cannot change the draft. Saving with empty bytes and a known
// digest reuses the copy stored before (the composer does this for a file it copied once).
struct DraftAttachment {
    QString fileName; // the name recipients will see
    QByteArray mimeType; // empty: detect when sending
    QString sourcePath; // where it was attached from, for display only
    qint64 size = 0;
    QByteArray sha256; // set by DraftStore::save(); identifies the stored copy
    QByteArray bytes; // filled by DraftStore::draft(); given to save() for a new copy
};

// A message being written, as the composer holds it: the fields as typed (addresses that do
// not parse yet included), the text and the attached files.
struct Draft {
    qint64 id = 0; // 0: not stored yet
    QString accountId;
    QString to;
    QString cc;
    QString bcc;
    QString subject;
    QString body;
    QList<DraftAttachment> attachments;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool closedCleanly = false; // the user closed its composer with a decision
    QString openBy; // owner token of the store whose composer has it open, if any

    bool isEmpty() const;
};

// The drafts in the outbox's database (tables drafts and draft_attachments; the bytes in
// the content-addressed contents table). A composer saves its draft while open
// (SaveState::Open: this store is its owner) and once more when closed with a decision
// (SaveState::ClosedCleanly). A draft still open whose owner process is gone was interrupted
// (Kurier crashed or was killed): interruptedDrafts() lists them for the next start to offer.
// Every save is one transaction. Lives in the thread of its Store.
class DraftStore : public QObject
{
    Q_OBJECT
public:
    enum class SaveState { Open, ClosedCleanly };

    explicit DraftStore(Store *store, QObject *parent = nullptr);

    // Inserts (id 0) or updates the draft with its attachments; sets draft.id and each
    // attachment's sha256 and clears the bytes saved. nullopt (see errorString()) when nothing
    // changed in the store, e.g. the draft was deleted meanwhile.
    std::optional<qint64> save(Draft &draft, SaveState state);
    // A composer took the draft up again: open by this store, not closed cleanly.
    bool reopen(qint64 id);
    // Drafts without their attachment bytes, most recently changed first.
    QList<Draft> drafts() const;
    // One draft with its attachments' bytes (checked against their digests).
    std::optional<Draft> draft(qint64 id) const;
    // Drafts left open by a process that is gone.
    QList<Draft> interruptedDrafts() const;
    // The user put off the question about interrupted drafts: they stay in the list, closed.
    bool markClosed(qint64 id);
    bool remove(qint64 id);

    // Imports each *.eml of the drafts folder of earlier versions once (the files stay where
    // they are). accountFor maps a From address to an account id. Returns how many were imported.
    int importEmlDrafts(const QString &directory, const std::function<QString(const QString &address)> &accountFor);

    QString errorString() const { return m_error; }

Q_SIGNALS:
    void changed(qint64 id); // 0 when several drafts changed

private:
    QList<Draft> select(const QString &where, const QVariantList &values) const;

    QPointer<Store> m_store;
    mutable QString m_error;
};

} // namespace Outbox
