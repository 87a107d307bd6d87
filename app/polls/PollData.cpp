// SPDX-License-Identifier: GPL-3.0-or-later
#include "polls/PollData.h"

#include "store/Columns.h"
#include "store/Store.h"
#include "store/VoteRepository.h"

#include <QLocale>

namespace rt::polls {

PollInfo loadPoll(const Store* store, qint64 id)
{
    PollInfo p;
    const Row row = store->row(Kind::Poll, id);
    if (!row.isValid())
        return p;
    p.id = id;
    p.question = row.str(col::Question);
    p.kind = vote::pollKindFromString(row.str(col::Kind));
    p.state = row.str(col::State);
    p.maxChoices = int(row.ref(col::MaxChoices));
    p.reveal = vote::revealFromString(row.str(col::Reveal));
    const QList<Row> options = store->rows(Kind::PollOption, {{col::PollId, id}});
    for (const Row& o : options) {
        p.options << o.str(col::Text);
        p.optionIds << o.id;
    }
    return p;
}

vote::Results countVotes(Store* store, const PollInfo& poll)
{
    QList<bool> hidden;
    const QList<QByteArray> answers = VoteRepository(store).answers(poll.id, &hidden);
    return vote::tally(poll.kind, int(poll.options.size()), answers, hidden);
}

QStringList scaleLabels(const PollInfo& poll)
{
    QStringList labels;
    const int levels = vote::scaleLevels(int(poll.options.size()));
    for (int i = 0; i < levels; ++i) {
        const QString text = poll.options.size() >= 2 ? poll.options.at(i) : QString();
        labels << (text.isEmpty() ? QString::number(i + 1) : QStringLiteral("%1 — %2").arg(i + 1).arg(text));
    }
    return labels;
}

charts::PollChartData chartData(const PollInfo& poll, const vote::Results& r)
{
    using Shape = charts::PollChartData::Shape;
    charts::PollChartData d;
    d.title = poll.question;
    const QString ballots = QCoreApplication::translate("rt::polls", "%n vote(s)", nullptr, r.ballots);
    switch (poll.kind) {
    case vote::PollKind::Choice:
    case vote::PollKind::Multi:
        d.shape = Shape::Bars;
        d.labels = poll.options;
        d.valueTitle = QCoreApplication::translate("rt::polls", "votes");
        d.note = poll.kind == vote::PollKind::Multi
            ? QCoreApplication::translate("rt::polls", "%1; each voter may choose several options.")
                  .arg(ballots)
            : ballots;
        break;
    case vote::PollKind::Ranking:
        d.shape = Shape::Bars;
        d.labels = poll.options;
        d.valueTitle = QCoreApplication::translate("rt::polls", "points");
        d.note = QCoreApplication::translate(
                     "rt::polls",
                     "%1. Points: with %2 options, a first place earns %3 points, a second %4, … a last 0 "
                     "(Borda count).")
                     .arg(ballots)
                     .arg(poll.options.size())
                     .arg(qMax<qsizetype>(poll.options.size() - 1, 0))
                     .arg(qMax<qsizetype>(poll.options.size() - 2, 0));
        break;
    case vote::PollKind::Scale:
        d.shape = Shape::Columns;
        d.labels = scaleLabels(poll);
        d.valueTitle = QCoreApplication::translate("rt::polls", "votes");
        d.note = r.ballots > 0
            ? QCoreApplication::translate("rt::polls", "%1; mean %2 on a scale of 1 to %3.")
                  .arg(ballots)
                  .arg(QLocale().toString(r.mean, 'f', 2))
                  .arg(d.labels.size())
            : ballots;
        break;
    case vote::PollKind::WordCloud:
        d.shape = Shape::Words;
        for (const vote::WordCount& w : r.words)
            d.words.append({w.word, w.count});
        d.note = QCoreApplication::translate("rt::polls", "%1; bigger words were given more often.")
                     .arg(ballots);
        break;
    case vote::PollKind::Open:
    case vote::PollKind::Unknown:
        d.shape = Shape::List;
        d.answers = r.answers;
        d.note = ballots;
        break;
    }
    for (int c : r.counts)
        d.values << c;
    if (r.hidden > 0)
        d.note += QLatin1Char(' ') + hiddenNote(r.hidden);
    if (r.ignored > 0)
        d.note += QLatin1Char(' ')
            + QCoreApplication::translate("rt::polls",
                                          "%n stored answer(s) do not fit this poll and are not counted.",
                                          nullptr, r.ignored);
    return d;
}

QString hiddenNote(int hidden)
{
    return QCoreApplication::translate("rt::polls", "%n answer(s) hidden by the facilitator.", nullptr,
                                       hidden);
}

bool roomSeesResults(const PollInfo& poll)
{
    return vote::roomSeesResults(poll.state, poll.reveal);
}

QString kindLabel(vote::PollKind kind)
{
    switch (kind) {
    case vote::PollKind::Choice:
        return QCoreApplication::translate("rt::polls", "Single choice");
    case vote::PollKind::Multi:
        return QCoreApplication::translate("rt::polls", "Multiple choice");
    case vote::PollKind::Ranking:
        return QCoreApplication::translate("rt::polls", "Ranking");
    case vote::PollKind::Scale:
        return QCoreApplication::translate("rt::polls", "Scale");
    case vote::PollKind::WordCloud:
        return QCoreApplication::translate("rt::polls", "Word cloud");
    case vote::PollKind::Open:
        return QCoreApplication::translate("rt::polls", "Open answers");
    case vote::PollKind::Unknown:
        break;
    }
    return QCoreApplication::translate("rt::polls", "Unknown");
}

QString stateLabel(const QString& state)
{
    if (state == QLatin1String("open"))
        return QCoreApplication::translate("rt::polls", "Open for voting");
    if (state == QLatin1String("closed"))
        return QCoreApplication::translate("rt::polls", "Closed");
    return QCoreApplication::translate("rt::polls", "Draft");
}

} // namespace rt::polls
