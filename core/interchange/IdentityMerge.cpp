// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/IdentityMerge.h"

#include "store/Columns.h"
#include "store/IdentityRepository.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSet>
#include <algorithm>
#include <array>

namespace rt {

namespace {

/** Bookkeeping fields: the latest wins, but two laptops writing them differently is no conflict. */
bool quiet(const QString& field)
{
    return field == col::Edited || field == col::Created || field == col::CastAt || field == col::MergedAt
        || field == col::Source || field == col::Position;
}

/** Parents before children, so every reference is written after what it refers to. */
const std::array<Kind, 16> WriteOrder {Kind::Prompt,       Kind::Place,
                                       Kind::Poll,         Kind::PollOption,
                                       Kind::Vote,         Kind::AgendaItem,
                                       Kind::Table,        Kind::Note,
                                       Kind::Aim,          Kind::Idea,
                                       Kind::Driver,       Kind::Action,
                                       Kind::ActionUpdate, Kind::IndicatorColumn,
                                       Kind::Indicator,    Kind::IndicatorReading};

struct Loaded
{
    std::array<QHash<qint64, Row>, KindCount> rows;
    std::array<QHash<qint64, QHash<QString, Stamp>>, KindCount> stamps;
    std::array<QHash<qint64, Stamp>, KindCount> tombs;
    QHash<qint64, QString> sourceFile; ///< the input's source rows: id → file
};

struct Merged
{
    Row row;
    QHash<QString, Stamp> stamps;
    QList<int> holders; ///< inputs that have the row
    Stamp latest; ///< its latest stamp (made or changed)
    QList<int> latestHolders; ///< inputs that have that stamp
};

/** A source's id: the same file name gives the same id in every merge. */
qint64 sourceId(const QString& file)
{
    const QByteArray h = QCryptographicHash::hash(file.toUtf8(), QCryptographicHash::Sha1);
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(h.at(i));
    constexpr qint64 Low = Q_INT64_C(1) << 32, High = Q_INT64_C(1) << 53;
    return Low + qint64(v % quint64(High - Low));
}

QString shortened(const QString& text)
{
    const QString t = text.simplified();
    return t.size() > 40 ? t.left(39) + QChar(0x2026) : t;
}

class Engine
{
public:
    Engine(Store& out, const std::vector<IdentityMerge::Input>& inputs, const QString& mergedAt,
           Merge::Report& report)
        : m_out(out)
        , m_in(inputs)
        , m_mergedAt(mergedAt)
        , m_report(report)
        , m_loaded(inputs.size())
    { }

    bool run(QString* error);

private:
    void load();
    void resolve(Kind kind);
    void keepOneVotePerDevice();
    void dropOrphans();
    void order(Kind kind);
    void assignSources();
    bool write();
    QString label(Kind kind, const Row& row) const;
    QString who(int input, const Stamp& s) const;
    QString shown(const QVariant& v) const;
    /** Records a conflict once (a merged input may already list it). */
    void note(const IdentityRepository::Conflict& c);

    Store& m_out;
    IdentityRepository m_outIds {m_out};
    const std::vector<IdentityMerge::Input>& m_in;
    QString m_mergedAt;
    Merge::Report& m_report;
    std::vector<Loaded> m_loaded;
    std::array<QMap<qint64, Merged>, KindCount>
        m_rows; ///< the output, by kind and id (ordered: deterministic)
    std::array<QHash<qint64, Stamp>, KindCount> m_tombs;
    QHash<QString, QString> m_deviceNames, m_deviceSeen;
    QList<IdentityRepository::Conflict> m_conflicts;
    QMap<QString, qint64> m_sources; ///< file → source id, in file order
    QHash<QString, QString> m_sourceMergedAt; ///< file → when an earlier merge recorded it
    Stamp m_stamp {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_out.device().id, {}};
};

void Engine::note(const IdentityRepository::Conflict& c)
{
    const bool known = std::any_of(m_conflicts.cbegin(), m_conflicts.cend(), [&](const auto& o) {
        return o.kind == c.kind && o.rowId == c.rowId && o.field == c.field && o.other == c.other
            && o.otherAt == c.otherAt && o.otherDevice == c.otherDevice;
    });
    if (!known)
        m_conflicts.append(c);
}

void Engine::load()
{
    for (size_t i = 0; i < m_in.size(); ++i) {
        const Store& s = *m_in[i].store;
        IdentityRepository ids(s);
        Loaded& l = m_loaded[i];
        for (int k = 0; k < KindCount; ++k) {
            const Kind kind = Kind(k);
            for (const Row& r : s.rows(kind))
                l.rows[k].insert(r.id, r);
            l.stamps[k] = ids.stamps(kind);
            l.tombs[k] = ids.tombstones(kind);
        }
        for (const Row& src : l.rows[int(Kind::Source)])
            l.sourceFile.insert(src.id, src.str(col::File));
        const QHash<QString, QString> names = ids.deviceNames();
        const QHash<QString, QString> seen = ids.deviceLastSeen();
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            const QString at = seen.value(it.key());
            if (!m_deviceSeen.contains(it.key()) || at > m_deviceSeen.value(it.key())) {
                m_deviceSeen.insert(it.key(), at);
                m_deviceNames.insert(it.key(), it.value());
            }
        }
        // A merged input's conflicts stay listed.
        for (IdentityRepository::Conflict c : ids.conflicts()) {
            c.id = 0;
            note(c);
        }
    }
    // A row deleted on any laptop stays deleted; the earliest deletion is the one recorded.
    for (size_t i = 0; i < m_in.size(); ++i) {
        for (int k = 0; k < KindCount; ++k) {
            const auto& tombs = m_loaded[i].tombs[k];
            for (auto it = tombs.cbegin(); it != tombs.cend(); ++it) {
                auto mine = m_tombs[k].find(it.key());
                if (mine == m_tombs[k].end() || it.value() < *mine)
                    m_tombs[k].insert(it.key(), it.value());
            }
        }
    }
}

QString Engine::who(int input, const Stamp& s) const
{
    const QString laptop = m_deviceNames.value(s.device);
    const QString when = QDateTime::fromString(s.at, Qt::ISODateWithMs)
                             .toLocalTime()
                             .toString(QStringLiteral("d MMM HH:mm"));
    return laptop.isEmpty() ? Merge::tr("%1, %2").arg(m_in[size_t(input)].name, when)
                            : Merge::tr("%1, %2, %3").arg(m_in[size_t(input)].name, laptop, when);
}

QString Engine::shown(const QVariant& v) const
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? Merge::tr("yes") : Merge::tr("no");
    return QStringLiteral("\u201c%1\u201d").arg(shortened(v.toString()));
}

QString Engine::label(Kind kind, const Row& r) const
{
    switch (kind) {
    case Kind::Event:
        return Merge::tr("the event");
    case Kind::Table:
        return Merge::tr("table %1 \u201c%2\u201d").arg(r.ref(col::Number)).arg(shortened(r.str(col::Topic)));
    case Kind::Place:
        return Merge::tr("place \u201c%1\u201d").arg(shortened(r.str(col::Name)));
    case Kind::Poll:
        return Merge::tr("poll \u201c%1\u201d").arg(shortened(r.str(col::Question)));
    case Kind::Aim:
        return Merge::tr("aim \u201c%1\u201d").arg(shortened(r.str(col::Statement)));
    case Kind::Action:
        return Merge::tr("action \u201c%1\u201d").arg(shortened(r.str(col::Action)));
    case Kind::AgendaItem:
        return Merge::tr("agenda item \u201c%1\u201d").arg(shortened(r.str(col::Title)));
    case Kind::Indicator:
        return Merge::tr("indicator \u201c%1\u201d").arg(shortened(r.str(col::Indicator)));
    case Kind::IndicatorReading:
        return Merge::tr("indicator reading \u201c%1\u201d").arg(shortened(r.str(col::Period)));
    case Kind::IndicatorColumn:
    case Kind::Prompt:
        return Merge::tr("%1 \u201c%2\u201d")
            .arg(kindName(kind), shortened(r.values.value(col::Name, r.str(col::Question)).toString()));
    default:
        return Merge::tr("%1 \u201c%2\u201d").arg(kindName(kind), shortened(r.str(col::Text)));
    }
}

void Engine::resolve(Kind kind)
{
    const int k = int(kind);
    const KindInfo& info = kindInfo(kind);
    QStringList fields;
    for (const ColumnInfo& c : info.columns)
        fields << c.name;
    // Every id any input has, unless deleted somewhere.
    QSet<qint64> ids;
    for (const Loaded& l : m_loaded) {
        for (auto it = l.rows[k].cbegin(); it != l.rows[k].cend(); ++it)
            ids.insert(it.key());
    }
    for (const qint64 id : std::as_const(ids)) {
        QList<int> holders;
        for (int i = 0; i < int(m_loaded.size()); ++i) {
            if (m_loaded[size_t(i)].rows[k].contains(id))
                holders << i;
        }
        if (const auto tomb = m_tombs[k].constFind(id); tomb != m_tombs[k].cend()) {
            // Deleted on one laptop, changed on another after that: the deletion stands, said.
            for (int h : std::as_const(holders)) {
                const auto& stamps = m_loaded[size_t(h)].stamps[k].value(id);
                for (auto s = stamps.cbegin(); s != stamps.cend(); ++s) {
                    if (s.key().isEmpty() || quiet(s.key()) || !(tomb.value() < s.value()))
                        continue;
                    m_report.conflicts
                        << Merge::tr("%1 was deleted (%2) but changed later (%3); it stays deleted")
                               .arg(label(kind, m_loaded[size_t(h)].rows[k].value(id)),
                                    m_deviceNames.value(tomb->device, tomb->device), who(h, s.value()));
                    ++m_report.files[h].conflicts;
                    break;
                }
            }
            continue;
        }
        Merged m;
        m.holders = holders;
        const Loaded& first = m_loaded[size_t(holders.first())];
        m.row = first.rows[k].value(id);
        if (holders.size() == 1) {
            // Made on one laptop only (most notes): as it is there, nothing to weigh.
            m.stamps = first.stamps[k].value(id);
            if (m_in.size() > 1)
                ++m_report.files[holders.first()].added[kind];
            for (auto st = m.stamps.cbegin(); st != m.stamps.cend(); ++st) {
                if (m.latest.isNull() || m.latest < st.value())
                    m.latest = st.value();
            }
            m.latestHolders = holders;
            m_rows[k].insert(id, m);
            continue;
        }
        // Who made it: the earliest claim (copies agree).
        for (int h : std::as_const(holders)) {
            const Stamp s = m_loaded[size_t(h)].stamps[k].value(id).value(QString());
            if (!s.isNull() && (m.stamps.value(QString()).isNull() || s < m.stamps.value(QString())))
                m.stamps.insert(QString(), s);
        }
        // Only some files have it: made on those laptops after the copies were made.
        if (holders.size() < int(m_in.size()))
            ++m_report.files[holders.first()].added[kind];
        QStringList all = fields;
        if (info.ordered)
            all << col::Position;
        for (const QString& f : std::as_const(all)) {
            Stamp best;
            int bestHolder = -1;
            for (int h : std::as_const(holders)) {
                const Stamp s = m_loaded[size_t(h)].stamps[k].value(id).value(f);
                if (!s.isNull() && (best.isNull() || best < s))
                    best = s, bestHolder = h;
            }
            const auto valueOf = [&](int h) {
                const Row& r = m_loaded[size_t(h)].rows[k][id];
                return f == col::Position ? QVariant(r.position) : r.values.value(f);
            };
            QVariant value;
            if (bestHolder >= 0) {
                value = valueOf(bestHolder);
                m.stamps.insert(f, best);
            } else if (f == col::Position) {
                int lowest = valueOf(holders.first()).toInt();
                for (int h : std::as_const(holders))
                    lowest = qMin(lowest, valueOf(h).toInt());
                value = lowest;
            } else {
                value = valueOf(holders.first());
            }
            if (f == col::Position)
                m.row.position = value.toInt();
            else
                m.row.values.insert(f, value);
            if (bestHolder < 0)
                continue;
            bool everyoneHasIt = true;
            QList<QVariant> reported;
            for (int h : std::as_const(holders)) {
                const Stamp s = m_loaded[size_t(h)].stamps[k].value(id).value(f);
                if (s != best)
                    everyoneHasIt = false;
                const QVariant theirs = valueOf(h);
                // Untouched copies, the change this one built on, and equal values are no conflict.
                if (s.isNull() || s == best || s.key() == best.base || theirs == value || quiet(f)
                    || reported.contains(theirs))
                    continue;
                reported << theirs;
                IdentityRepository::Conflict c;
                c.kind = kind;
                c.rowId = id;
                c.field = f;
                c.other = theirs;
                c.otherDevice = s.device;
                c.otherAt = s.at;
                c.file = m_in[size_t(h)].name;
                note(c);
                m_report.conflicts << Merge::tr("%1, %2: kept %3 (%4); the other value %5 (%6) is listed")
                                          .arg(label(kind, m.row), f, shown(value), who(bestHolder, best),
                                               shown(theirs), who(h, s));
                ++m_report.files[bestHolder].conflicts;
                ++m_report.files[h].conflicts;
            }
            if (!everyoneHasIt && f != col::Position && !quiet(f))
                ++m_report.files[bestHolder].changed;
        }
        for (auto st = m.stamps.cbegin(); st != m.stamps.cend(); ++st) {
            if (!m.latest.isNull() && !(m.latest < st.value()))
                continue;
            m.latest = st.value();
            m.latestHolders.clear();
            for (int h : std::as_const(holders)) {
                if (m_loaded[size_t(h)].stamps[k].value(id).value(st.key()) == st.value())
                    m.latestHolders << h;
            }
        }
        m_rows[k].insert(id, m);
    }
    // Deletions made on one laptop that took something away from another's copy.
    for (auto it = m_tombs[k].cbegin(); it != m_tombs[k].cend(); ++it) {
        if (!ids.contains(it.key()))
            continue;
        for (int i = 0; i < int(m_loaded.size()); ++i) {
            if (m_loaded[size_t(i)].tombs[k].contains(it.key())) {
                ++m_report.files[i].deleted;
                break;
            }
        }
    }
}

void Engine::keepOneVotePerDevice()
{
    // One device, one vote per poll (the file's rule): the later vote stands.
    auto& votes = m_rows[int(Kind::Vote)];
    QHash<QPair<qint64, QString>, qint64> byDevice;
    QList<qint64> drop;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        const QVariant device = it->row.values.value(col::Device);
        if (device.isNull())
            continue;
        const QPair<qint64, QString> key {it->row.ref(col::PollId), device.toString()};
        const auto seen = byDevice.constFind(key);
        if (seen == byDevice.cend()) {
            byDevice.insert(key, it.key());
            continue;
        }
        const Row& mine = votes.value(*seen).row;
        const bool later = std::make_pair(it->row.str(col::CastAt), it.key())
            > std::make_pair(mine.str(col::CastAt), mine.id);
        drop << (later ? *seen : it.key());
        if (later)
            byDevice.insert(key, it.key());
        ++m_report.voteClashes;
    }
    for (qint64 id : std::as_const(drop))
        votes.remove(id);
}

void Engine::dropOrphans()
{
    // What only lived under a deleted row cannot be kept: said per file and kind.
    QMap<QPair<int, int>, int> left;
    bool again = true;
    while (again) {
        again = false;
        for (Kind kind : WriteOrder) {
            const KindInfo& info = kindInfo(kind);
            auto& rows = m_rows[int(kind)];
            for (auto it = rows.begin(); it != rows.end();) {
                bool orphan = false;
                for (const ColumnInfo& c : info.columns) {
                    if (c.ref == Kind::None)
                        continue;
                    const QVariant target = it->row.values.value(c.name);
                    if (target.isNull() || target.toLongLong() == 0
                        || m_rows[int(c.ref)].contains(target.toLongLong()))
                        continue;
                    if (c.onDelete == OnDelete::Cascade) {
                        orphan = true;
                    } else {
                        it->row.values.insert(c.name, QVariant());
                    }
                }
                if (orphan) {
                    ++left[{it->holders.first(), int(kind)}];
                    it = rows.erase(it);
                    again = true;
                } else {
                    ++it;
                }
            }
        }
    }
    for (auto it = left.cbegin(); it != left.cend(); ++it) {
        m_report.refusals
            << Merge::tr("%1: %n %2 row(s) whose table, place, aim or poll was deleted on another laptop",
                         nullptr, it.value())
                   .arg(m_in[size_t(it.key().first)].name, kindName(Kind(it.key().second)));
        int& added = m_report.files[it.key().first].added[Kind(it.key().second)];
        added = qMax(0, added - it.value());
    }
}

void Engine::order(Kind kind)
{
    const KindInfo& info = kindInfo(kind);
    if (!info.ordered)
        return;
    auto& rows = m_rows[int(kind)];
    QHash<QString, QList<qint64>> lists;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList scope;
        for (const QString& c : info.scope)
            scope << it->row.values.value(c).toString();
        lists[scope.join(QChar(0x1f))] << it.key();
    }
    for (QList<qint64>& list : lists) {
        // Keys read once: a sort compares each row many times.
        std::vector<std::tuple<int, QString, qint64>> keys;
        keys.reserve(size_t(list.size()));
        for (qint64 id : std::as_const(list)) {
            const Merged& m = *rows.constFind(id);
            keys.emplace_back(m.row.position, m.stamps.value(QString()).at, id);
        }
        std::sort(keys.begin(), keys.end());
        for (int i = 0; i < list.size(); ++i)
            list[i] = std::get<2>(keys[size_t(i)]);
        for (int i = 0; i < list.size(); ++i) {
            Merged& m = rows[list[i]];
            m.row.position = i;
            // A place some copy had differently is this merge's decision: stamped, so merging
            // the result again with any of those copies keeps it.
            for (int h : std::as_const(m.holders)) {
                if (m_loaded[size_t(h)].rows[int(kind)].constFind(list[i])->position != i) {
                    m.stamps.insert(col::Position, m_stamp);
                    break;
                }
            }
        }
    }
}

void Engine::assignSources()
{
    // Every file that went into the merge, and every file merged into those, once each.
    // A merged input stands for the files it records; a laptop's file for itself.
    for (size_t i = 0; i < m_in.size(); ++i) {
        for (const QString& file : std::as_const(m_loaded[i].sourceFile))
            m_sources.insert(file, sourceId(file));
        // A file an earlier merge recorded keeps the time it was merged then.
        for (const Row& src : std::as_const(m_loaded[i].rows[int(Kind::Source)])) {
            const QString at = src.str(col::MergedAt);
            QString& kept = m_sourceMergedAt[src.str(col::File)];
            if (!at.isEmpty() && (kept.isEmpty() || at < kept))
                kept = at;
        }
        if (m_loaded[i].sourceFile.isEmpty())
            m_sources.insert(m_in[i].name, sourceId(m_in[i].name));
    }
    // A table, place or poll came from the file that brought its latest change, its own or its
    // notes', aims', ideas', drivers', actions', options' or votes'. Unchanged since the copies
    // were made, it keeps the source a merged input gave it, or none.
    struct Latest
    {
        Stamp stamp;
        QList<int> holders;
    };
    std::array<QHash<qint64, Latest>, KindCount> newest;
    for (Kind owner : {Kind::Table, Kind::Place, Kind::Poll}) {
        for (auto it = m_rows[int(owner)].cbegin(); it != m_rows[int(owner)].cend(); ++it)
            newest[int(owner)].insert(it.key(), {it->latest, it->latestHolders});
    }
    // A change that only some files hold outranks one every copy shares, whatever the clocks say:
    // the shared one was made before the copies were (a quick laptop's stamps can run a few
    // milliseconds ahead of the wall clock, as stamps never repeat).
    const auto shared
        = [&](const QList<int>& holders) { return m_in.size() > 1 && holders.size() == int(m_in.size()); };
    const auto raise = [&](Kind owner, qint64 id, const Merged& m) {
        auto found = newest[int(owner)].find(id);
        if (found == newest[int(owner)].end() || m.latest.isNull())
            return;
        const bool mine = shared(m.latestHolders), theirs = shared(found->holders);
        if (found->stamp.isNull() || (mine == theirs ? found->stamp < m.latest : theirs))
            *found = {m.latest, m.latestHolders};
    };
    const QList<std::tuple<Kind, QString, Kind>> children {{Kind::Note, col::TableId, Kind::Table},
                                                           {Kind::Aim, col::PlaceId, Kind::Place},
                                                           {Kind::Action, col::PlaceId, Kind::Place},
                                                           {Kind::PollOption, col::PollId, Kind::Poll},
                                                           {Kind::Vote, col::PollId, Kind::Poll}};
    for (const auto& [kind, column, owner] : children) {
        for (const Merged& m : std::as_const(m_rows[int(kind)]))
            raise(owner, m.row.ref(column), m);
    }
    for (Kind kind : {Kind::Idea, Kind::Driver}) {
        for (const Merged& m : std::as_const(m_rows[int(kind)]))
            raise(Kind::Place, m_rows[int(Kind::Aim)].value(m.row.ref(col::AimId)).row.ref(col::PlaceId), m);
    }
    for (const Merged& m : std::as_const(m_rows[int(Kind::ActionUpdate)]))
        raise(Kind::Place, m_rows[int(Kind::Action)].value(m.row.ref(col::ActionId)).row.ref(col::PlaceId),
              m);
    // Inputs in name order, so the answer does not depend on the order they were given.
    QList<int> byName;
    for (int i = 0; i < int(m_in.size()); ++i)
        byName << i;
    std::sort(byName.begin(), byName.end(),
              [&](int a, int b) { return m_in[size_t(a)].name < m_in[size_t(b)].name; });
    for (Kind owner : {Kind::Table, Kind::Place, Kind::Poll}) {
        for (auto it = m_rows[int(owner)].begin(); it != m_rows[int(owner)].end(); ++it) {
            const Latest latest = newest[int(owner)].value(it.key());
            // In every copy alike: unchanged since the copies were made (a single file: its own).
            const bool everywhere = m_in.size() > 1 && latest.holders.size() == int(m_in.size());
            QVariant source;
            for (int h : std::as_const(byName)) {
                const bool brought = latest.holders.contains(h);
                const Loaded& l = m_loaded[size_t(h)];
                const QVariant theirs = l.rows[int(owner)].value(it.key()).values.value(col::Source);
                if (everywhere ? theirs.isNull() : !brought)
                    continue;
                const QString file
                    = theirs.isNull() ? m_in[size_t(h)].name : l.sourceFile.value(theirs.toLongLong());
                source = m_sources.value(file);
                break;
            }
            it->row.values.insert(col::Source, source.toLongLong() ? source : QVariant());
        }
    }
}

bool Engine::write()
{
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it) {
        Row r;
        r.id = it.value();
        r.position = int(std::distance(m_sources.cbegin(), it));
        const QString recorded = m_sourceMergedAt.value(it.key());
        r.values = {{col::File, it.key()}, {col::MergedAt, recorded.isEmpty() ? m_mergedAt : recorded}};
        if (!m_out.insertAsIs(Kind::Source, r))
            return false;
    }
    // The event: one row in every file.
    if (const auto event = m_rows[int(Kind::Event)].constFind(1); event != m_rows[int(Kind::Event)].cend()) {
        for (auto v = event->row.values.cbegin(); v != event->row.values.cend(); ++v) {
            if (!m_out.update(Kind::Event, 1, v.key(), v.value()))
                return false;
        }
        m_out.restoreStamp(Kind::Event, 1, QString(), event->stamps.value(QString()));
        for (const ColumnInfo& c : kindInfo(Kind::Event).columns) {
            if (!m_out.restoreStamp(Kind::Event, 1, c.name, event->stamps.value(c.name)))
                return false;
        }
    }
    for (Kind kind : WriteOrder) {
        QList<const Merged*> rows;
        for (const Merged& m : std::as_const(m_rows[int(kind)]))
            rows << &m;
        if (kind == Kind::Driver) {
            // Parents before children.
            QSet<qint64> written;
            QList<const Merged*> sorted;
            while (sorted.size() < rows.size()) {
                const qsizetype before = sorted.size();
                for (const Merged* m : std::as_const(rows)) {
                    const qint64 parent = m->row.ref(col::ParentId);
                    if (!written.contains(m->row.id) && (parent == 0 || written.contains(parent))) {
                        sorted << m;
                        written.insert(m->row.id);
                    }
                }
                if (sorted.size() == before)
                    break;
            }
            rows = sorted;
        }
        QList<const Row*> plain;
        plain.reserve(rows.size());
        for (const Merged* m : std::as_const(rows))
            plain << &m->row;
        if (!m_out.insertAsIs(kind, plain))
            return false;
        m_report.added[kind] += int(rows.size());
        for (const Merged* m : std::as_const(rows)) {
            for (auto s = m->stamps.cbegin(); s != m->stamps.cend(); ++s) {
                if (!m_out.restoreStamp(kind, m->row.id, s.key(), s.value()))
                    return false;
            }
        }
    }
    for (int k = 0; k < KindCount; ++k) {
        for (auto it = m_tombs[k].cbegin(); it != m_tombs[k].cend(); ++it) {
            if (!m_outIds.putTombstone(Kind(k), it.key(), it.value()))
                return false;
        }
    }
    if (!m_outIds.putDevice(m_out.device().id, m_out.device().name, m_stamp.at))
        return false;
    for (auto it = m_deviceNames.cbegin(); it != m_deviceNames.cend(); ++it) {
        if (!m_outIds.putDevice(it.key(), it.value(), m_deviceSeen.value(it.key())))
            return false;
    }
    for (const IdentityRepository::Conflict& c : std::as_const(m_conflicts)) {
        // Only conflicts on rows that are still there.
        if (m_rows[int(c.kind)].contains(c.rowId) && !m_outIds.addConflict(c))
            return false;
    }
    return true;
}

bool Engine::run(QString* error)
{
    for (const IdentityMerge::Input& in : m_in) {
        Merge::FileSummary f;
        f.file = in.name;
        m_report.files << f;
    }
    load();
    for (int k = 0; k < KindCount; ++k) {
        if (Kind(k) != Kind::Source)
            resolve(Kind(k));
    }
    keepOneVotePerDevice();
    dropOrphans();
    for (Kind kind : WriteOrder)
        order(kind);
    assignSources();
    if (!write()) {
        *error = m_out.lastError();
        return false;
    }
    return true;
}

} // namespace

bool IdentityMerge::run(Store& out, const std::vector<Input>& inputs, const QString& mergedAt,
                        Merge::Report& report, QString* error)
{
    Engine engine(out, inputs, mergedAt, report);
    return engine.run(error);
}

} // namespace rt
