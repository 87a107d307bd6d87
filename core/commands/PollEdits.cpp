// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/PollEdits.h"

#include "commands/Edit.h"
#include "commands/RowCommands.h"
#include "session/Document.h"
#include "store/Columns.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <optional>

namespace rt::edit {

namespace {
const QString Draft = QStringLiteral("draft");
const QString Open = QStringLiteral("open");
const QString Closed = QStringLiteral("closed");

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/** Sets one field of the poll unless it holds @p value already. */
bool editPoll(Document& doc, qint64 poll, const QString& column, const QVariant& value, const QString& text,
              MergeId merge = NoMerge)
{
    Store* store = doc.store();
    if (!store || poll <= 0)
        return false;
    const Row row = store->row(Kind::Poll, poll);
    if (!row.isValid() || row.values.value(column) == value)
        return false;
    auto* edit = new EditRowCommand(store, Kind::Poll, poll, {{column, value}}, text);
    if (merge != NoMerge)
        edit->setMergeable(merge);
    return push(doc, edit);
}

/** The poll's kind and number of options, as votes are checked against them. */
struct PollShape
{
    vote::PollKind kind = vote::PollKind::Unknown;
    int options = 0;
    int maxChoices = 0;
    QString state;
};

std::optional<PollShape> shapeOf(const Store* store, qint64 poll)
{
    const Row row = store ? store->row(Kind::Poll, poll) : Row();
    if (!row.isValid())
        return std::nullopt;
    return PollShape {vote::pollKindFromString(row.str(col::Kind)),
                      store->count(Kind::PollOption, {{col::PollId, poll}}), int(row.ref(col::MaxChoices)),
                      row.str(col::State)};
}
} // namespace

qint64 addPoll(Document& doc, const QString& question)
{
    Store* store = doc.store();
    if (!store)
        return 0;
    auto* insert = new InsertRowCommand(store, Kind::Poll,
                                        {{col::Question, question},
                                         {col::Kind, vote::pollKindName(vote::PollKind::Choice)},
                                         {col::State, Draft}},
                                        -1, QCoreApplication::translate("rt::edit", "Add poll"));
    return pushInsert(doc, insert, insert);
}

bool removePoll(Document& doc, qint64 poll)
{
    Store* store = doc.store();
    if (!store || poll <= 0)
        return false;
    return push(doc,
                new RemoveRowCommand(store, Kind::Poll, poll,
                                     QCoreApplication::translate("rt::edit", "Remove poll")));
}

bool setPollQuestion(Document& doc, qint64 poll, const QString& question)
{
    return editPoll(doc, poll, col::Question, question,
                    QCoreApplication::translate("rt::edit", "Edit poll question"));
}

bool setPollKind(Document& doc, qint64 poll, vote::PollKind kind)
{
    if (kind == vote::PollKind::Unknown)
        return false;
    return editPoll(doc, poll, col::Kind, vote::pollKindName(kind),
                    QCoreApplication::translate("rt::edit", "Change poll kind"));
}

bool setPollMaxChoices(Document& doc, qint64 poll, int maxChoices)
{
    return editPoll(doc, poll, col::MaxChoices, qMax(0, maxChoices),
                    QCoreApplication::translate("rt::edit", "Change most choices"), PollMaxChoices);
}

bool setPollPlace(Document& doc, qint64 poll, qint64 place)
{
    const Row row = doc.store() ? doc.store()->row(Kind::Poll, poll) : Row();
    if (!row.isValid() || row.ref(col::PlaceId) == qMax<qint64>(place, 0))
        return false;
    return editPoll(doc, poll, col::PlaceId, place > 0 ? QVariant(place) : QVariant(),
                    QCoreApplication::translate("rt::edit", "Attach poll to place"));
}

bool setPollReveal(Document& doc, qint64 poll, vote::Reveal reveal)
{
    return editPoll(doc, poll, col::Reveal, vote::revealName(reveal),
                    reveal == vote::Reveal::Closed
                        ? QCoreApplication::translate("rt::edit", "Show results after voting closes")
                        : QCoreApplication::translate("rt::edit", "Show results live"));
}

bool setPollRole(Document& doc, qint64 poll, const QString& role)
{
    static const QStringList roles
        = {QStringLiteral("priorities"), QStringLiteral("feedback"), QStringLiteral("other")};
    if (!roles.contains(role))
        return false;
    return editPoll(doc, poll, col::Role, role, QCoreApplication::translate("rt::edit", "Change poll role"));
}

bool openVoting(Document& doc, qint64 poll)
{
    return editPoll(doc, poll, col::State, Open, QCoreApplication::translate("rt::edit", "Open voting"));
}

bool closeVoting(Document& doc, qint64 poll)
{
    return editPoll(doc, poll, col::State, Closed, QCoreApplication::translate("rt::edit", "Close voting"));
}

qint64 addPollOption(Document& doc, qint64 poll, const QString& text)
{
    Store* store = doc.store();
    if (!store || poll <= 0)
        return 0;
    // Never a null string: the store writes that as NULL, and option text is NOT NULL.
    auto* insert = new InsertRowCommand(store, Kind::PollOption, {{col::PollId, poll}, {col::Text, text}}, -1,
                                        QCoreApplication::translate("rt::edit", "Add option"));
    return pushInsert(doc, insert, insert);
}

bool removePollOption(Document& doc, qint64 option)
{
    Store* store = doc.store();
    if (!store || option <= 0)
        return false;
    return push(doc,
                new RemoveRowCommand(store, Kind::PollOption, option,
                                     QCoreApplication::translate("rt::edit", "Remove option")));
}

bool movePollOption(Document& doc, qint64 option, int position)
{
    Store* store = doc.store();
    if (!store || option <= 0 || position < 0)
        return false;
    const Row row = store->row(Kind::PollOption, option);
    if (!row.isValid() || row.position == position)
        return false;
    return push(doc,
                new MoveRowCommand(store, Kind::PollOption, option, {}, position,
                                   QCoreApplication::translate("rt::edit", "Move option")));
}

bool countHands(Document& doc, qint64 poll, const QList<int>& hands)
{
    Store* store = doc.store();
    const std::optional<PollShape> shape = shapeOf(store, poll);
    if (!shape || vote::handAnswer(shape->kind, 0, shape->options).isEmpty())
        return false; // a show of hands cannot express a ranking or a written answer
    // One count per option (for a scale, per level); counts past them have nothing to vote for.
    const int answers
        = shape->kind == vote::PollKind::Scale ? vote::scaleLevels(shape->options) : shape->options;
    const qsizetype n = qMin<qsizetype>(hands.size(), answers);
    int total = 0;
    for (qsizetype i = 0; i < n; ++i)
        total += qMax(hands.at(i), 0);
    if (total == 0)
        return false;
    auto* macro = new MacroCommand(
        store, QCoreApplication::translate("rt::edit", "Count %n hand(s)", nullptr, total));
    const QString at = now();
    for (int i = 0; i < n; ++i) {
        const QByteArray answer = vote::handAnswer(shape->kind, i, shape->options);
        // No device: a raised hand is anonymous, and anonymous votes never replace each other.
        for (int h = 0; h < hands.at(i); ++h)
            new InsertRowCommand(store, Kind::Vote,
                                 {{col::PollId, poll},
                                  {col::Device, QVariant()},
                                  {col::CastAt, at},
                                  {col::Answer, QString::fromUtf8(answer)}},
                                 -1, {}, macro);
    }
    return push(doc, macro);
}

QString newKioskDevice()
{
    quint32 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QStringLiteral("kiosk-")
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof words).toHex());
}

bool castKioskVote(Document& doc, qint64 poll, const QString& device, const QByteArray& answer)
{
    Store* store = doc.store();
    const std::optional<PollShape> shape = shapeOf(store, poll);
    if (!shape || shape->state != Open || device.isEmpty())
        return false;
    const vote::BallotCheck check = vote::checkBallot(shape->kind, shape->options, shape->maxChoices, answer);
    if (!check.ok())
        return false;
    const QString text = QCoreApplication::translate("rt::edit", "Cast vote");
    const QVariantMap values {{col::CastAt, now()}, {col::Answer, QString::fromUtf8(check.json)}};
    // One vote per device and poll (as the vote server keeps it): a second ballot replaces the first.
    const QList<qint64> earlier = store->ids(Kind::Vote, {{col::PollId, poll}, {col::Device, device}});
    if (!earlier.isEmpty())
        return push(doc, new EditRowCommand(store, Kind::Vote, earlier.first(), values, text));
    QVariantMap vote = values;
    vote.insert(col::PollId, poll);
    vote.insert(col::Device, device);
    auto* insert = new InsertRowCommand(store, Kind::Vote, vote, -1, text);
    return pushInsert(doc, insert, insert) > 0;
}

bool setAnswerHidden(Document& doc, qint64 vote, bool hidden)
{
    Store* store = doc.store();
    const Row row = store && vote > 0 ? store->row(Kind::Vote, vote) : Row();
    if (!row.isValid() || row.flag(col::Hidden) == hidden)
        return false;
    const std::optional<PollShape> shape = shapeOf(store, row.ref(col::PollId));
    if (!shape || (shape->kind != vote::PollKind::WordCloud && shape->kind != vote::PollKind::Open))
        return false; // only a written answer can be moderated; a hidden choice would skew a count
    return push(doc,
                new EditRowCommand(store, Kind::Vote, vote, {{col::Hidden, hidden}},
                                   hidden ? QCoreApplication::translate("rt::edit", "Hide answer")
                                          : QCoreApplication::translate("rt::edit", "Show answer")));
}

bool clearVotes(Document& doc, qint64 poll)
{
    Store* store = doc.store();
    if (!store || poll <= 0)
        return false;
    const QList<qint64> votes = store->ids(Kind::Vote, {{col::PollId, poll}});
    QUndoCommand* step
        = oneStep(store, votes.size(), QCoreApplication::translate("rt::edit", "Clear poll results"),
                  QCoreApplication::translate("rt::edit", "Clear poll results"),
                  [&](qsizetype i, const QString& text, QUndoCommand* parent) -> QUndoCommand* {
                      return new RemoveRowCommand(store, Kind::Vote, votes.at(i), text, parent);
                  });
    return push(doc, step);
}

} // namespace rt::edit
