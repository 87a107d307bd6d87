// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Row.h"
#include "domain/Stamp.h"
#include "store/Schema.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <map>
#include <memory>

namespace rt {

class ChangeCapture;

/**
 * Generic row storage over one open session database. Every write is its own committed
 * transaction (or part of the enclosing Transaction), so a crash loses nothing that was
 * acknowledged. All SQL is prepared once and bound; table and column names come from
 * Schema, never from input.
 *
 * Signals tell models what changed: rowsChanged() for inserts, removals and moves of a kind,
 * rowUpdated() for a field edit, reset() after bulk work.
 */
class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(const QString& connectionName, QObject* parent = nullptr);
    ~Store() override;

    QSqlDatabase database() const;
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    /** Inserts a row; values may carry "id" (restoring) and must carry the scope columns.
     *  @param position where in its list (-1 or past the end: append)
     *  @return the new id, or 0 on failure (see lastError()) */
    qint64 insert(Kind kind, const QVariantMap& values, int position = -1);
    bool update(Kind kind, qint64 id, const QString& column, const QVariant& value);
    /** Deletes a row and what cascades with it; the snapshot restores all of it. */
    Snapshot remove(Kind kind, qint64 id);
    bool restore(const Snapshot& snapshot);
    /** Moves a row to @p position in the list given by @p scope (empty: its own list). */
    bool move(Kind kind, qint64 id, const QVariantMap& scope, int position);

    /** Writes a row exactly as given (id, position, values): no shifting, no stamp. For merges,
     *  which rebuild whole lists; inside a Transaction. */
    bool insertAsIs(Kind kind, const Row& row) { return insertRaw(kind, row); }
    /** Many rows of one kind, each with every column: one statement prepared for all. */
    bool insertAsIs(Kind kind, const QList<const Row*>& rows);

    Row row(Kind kind, qint64 id) const;
    /** The rows of a kind whose columns equal @p filter's values (null matches NULL), in order. */
    QList<Row> rows(Kind kind, const QVariantMap& filter = {}) const;
    QList<qint64> ids(Kind kind, const QVariantMap& filter = {}) const;
    int count(Kind kind, const QVariantMap& filter = {}) const;

    /** SQLite's data_version: it changes when another connection (another window or process)
     *  commits to the file; -1 when it cannot be read. A read-only window polls it to follow. */
    qint64 dataVersion() const;
    /** Tells the views the file changed under them (another connection wrote): emits reset(). */
    void announceOutsideChange() { emit reset(); }

    /** The laptop whose edits this store stamps (Device::current() unless set). */
    const Device& device() const { return m_device; }
    void setDevice(const Device& device)
    {
        m_device = device;
        m_deviceRecorded = false;
    }
    /** The stamps of one row: field "" is who made it, other fields who last changed them. */
    QHash<QString, Stamp> stamps(Kind kind, qint64 id) const;
    /** Puts a field's stamp back as it was (a null stamp: never changed); for undo. */
    bool restoreStamp(Kind kind, qint64 id, const QString& field, const Stamp& stamp);
    /** A new row id: random below 2^53, so rows made on different laptops never meet. */
    static qint64 newId();

    /** Where each committed transaction's shared changes go, for the live room: nowhere, this
     *  file's outbox (a laptop's edits wait there for the host) or the room's log (the host). */
    enum class Capture { Off, Outbox, Log };
    void setCapture(Capture capture) { m_capture = capture; }
    Capture capture() const { return m_capture; }
    /** The laptop the log names for what follows (the host applying another laptop's changes);
     *  empty: this one. */
    void setCaptureDevice(const QString& device) { m_captureDevice = device; }
    bool inTransaction() const { return m_depth > 0; }

    QString lastError() const { return m_lastError; }
    /** How many writes have failed since the store was made; a caller compares before and after. */
    quint64 failureCount() const { return m_failures; }
    /** The database file: its -wal is folded in every so often while the disk has room. */
    void setFilePath(const QString& path) { m_filePath = path; }
    /** Writes nothing new but needs the disk: true once a commit can get through again. */
    bool probeWrite();

    /** Groups writes into one transaction; nests. Rolls back unless commit() was called. */
    class Transaction
    {
    public:
        explicit Transaction(Store& store);
        ~Transaction();
        bool commit();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;

    private:
        Store& m_store;
        bool m_done = false;
    };

    /** Lists this laptop in the file's devices (once per store); for the repositories here. */
    bool recordThisDevice() { return recordDevice(); }
    /** Runs a prepared statement from the cache; for the repositories in this folder only. */
    QSqlQuery& prepared(const QString& sql) const;
    bool exec(QSqlQuery& query) const;
    bool fail(const QString& message) const;

signals:
    void rowsChanged(rt::Kind kind);
    void rowUpdated(rt::Kind kind, qint64 id, const QString& column);
    void reset();
    void failed(const QString& message);
    /** A write failed because of the disk or the file (full, I/O error, gone), not a rule: emitted
     *  just before the failed() that reports it. */
    void storageFailed(const QString& message);
    /** An outermost transaction reached the disk. */
    void committed();

private:
    friend class Transaction;
    bool begin();
    bool finish(bool commit);
    bool keepChanges();
    void afterCommit();
    QVariantMap scopeOf(Kind kind, const QVariantMap& values) const;
    QString whereClause(const QVariantMap& filter, const QString& prefix) const;
    void bindAll(QSqlQuery& q, const QVariantMap& filter, const QString& prefix) const;
    bool shift(Kind kind, const QVariantMap& scope, int from, int delta);
    bool insertRaw(Kind kind, const Row& row);
    void collect(Kind kind, qint64 id, Snapshot& out) const;
    QString stampTime();
    bool recordDevice();
    bool stamp(Kind kind, qint64 id, const QString& field);
    bool bury(Kind kind, qint64 id);
    bool unbury(Kind kind, qint64 id);

    QString m_connection;
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_cache;
    mutable QString m_lastError;
    mutable quint64 m_failures = 0;
    QString m_filePath;
    int m_commitsSinceCheckpoint = 0;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    bool m_readOnly = false;
    Device m_device = Device::current();
    bool m_deviceRecorded = false;
    QString m_lastStamp;
    Capture m_capture = Capture::Off;
    QString m_captureDevice;
    std::unique_ptr<ChangeCapture> m_changes;
};

} // namespace rt
