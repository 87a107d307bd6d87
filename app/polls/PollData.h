// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Tally.h"
#include "polls/PollChart.h"

#include <QCoreApplication>
#include <QStringList>

namespace rt {
class Store;
}

namespace rt::polls {

/** One poll as the Polls views need it, read from the store. */
struct PollInfo
{
    qint64 id = 0;
    QString question;
    vote::PollKind kind = vote::PollKind::Unknown;
    QString state;
    int maxChoices = 0;
    vote::Reveal reveal = vote::Reveal::Live;
    QStringList options;
    QList<qint64> optionIds;
    bool isValid() const { return id > 0; }
};

PollInfo loadPoll(const Store* store, qint64 id);
vote::Results countVotes(Store* store, const PollInfo& poll);
/** The labels for a scale's levels: "1 — label" (or just the numbers). */
QStringList scaleLabels(const PollInfo& poll);
/** Results as a chart: bars per option, ranking points, scale columns, words or answers. */
charts::PollChartData chartData(const PollInfo& poll, const vote::Results& results);
/** "2 answers hidden by the facilitator." (moderation), for notes under results. */
QString hiddenNote(int hidden);
/** Whether the projector, run mode and the kiosk show the poll's results now (vote::roomSeesResults). */
bool roomSeesResults(const PollInfo& poll);
/** The translated name of a kind, for combo boxes and captions. */
QString kindLabel(vote::PollKind kind);
QString stateLabel(const QString& state);

} // namespace rt::polls
