// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Every column name of the session file, declared once. Schema builds the kinds from these, and
 * every row map, model role and edit spells a column with them, never with a string of its own,
 * so a typo is a compile error rather than a silently empty value.
 */
namespace rt::col {

// clang-format off
inline const QString Id             = QStringLiteral("id");
inline const QString Position       = QStringLiteral("position");
// event
inline const QString Title          = QStringLiteral("title");
inline const QString Date           = QStringLiteral("date");
inline const QString Venue          = QStringLiteral("venue");
inline const QString Organiser      = QStringLiteral("organiser");
inline const QString Purpose        = QStringLiteral("purpose");
inline const QString Disclaimer     = QStringLiteral("disclaimer");
inline const QString Language       = QStringLiteral("language");
inline const QString NextSteps      = QStringLiteral("next_steps");
inline const QString ExportSettings = QStringLiteral("export_settings");
// source
inline const QString File           = QStringLiteral("file");
inline const QString MergedAt       = QStringLiteral("merged_at");
// prompt
inline const QString Key            = QStringLiteral("key");
inline const QString Question       = QStringLiteral("question");
// poll, poll option, vote
inline const QString Kind           = QStringLiteral("kind");
inline const QString State          = QStringLiteral("state");
inline const QString MaxChoices     = QStringLiteral("max_choices");
inline const QString PollId         = QStringLiteral("poll_id");
inline const QString Device         = QStringLiteral("device");
inline const QString CastAt         = QStringLiteral("cast_at");
inline const QString Answer         = QStringLiteral("answer");
inline const QString Hidden         = QStringLiteral("hidden");
inline const QString Reveal         = QStringLiteral("reveal");
inline const QString Role           = QStringLiteral("role");
// agenda item
inline const QString Start          = QStringLiteral("start");
inline const QString End            = QStringLiteral("end");
inline const QString Guidance       = QStringLiteral("guidance");
inline const QString RoomText       = QStringLiteral("room_text");
// table, note
inline const QString Number         = QStringLiteral("number");
inline const QString Topic          = QStringLiteral("topic");
inline const QString Facilitator    = QStringLiteral("facilitator");
inline const QString TableId        = QStringLiteral("table_id");
inline const QString PromptId       = QStringLiteral("prompt_id");
inline const QString KeyPoint       = QStringLiteral("key_point");
inline const QString Created        = QStringLiteral("created");
inline const QString Edited         = QStringLiteral("edited");
// place, aim, idea, driver, action
inline const QString Name           = QStringLiteral("name");
inline const QString Priorities     = QStringLiteral("priorities");
inline const QString PlaceId        = QStringLiteral("place_id");
inline const QString Statement      = QStringLiteral("statement");
inline const QString Cohort         = QStringLiteral("cohort");
inline const QString AimId          = QStringLiteral("aim_id");
inline const QString Impact         = QStringLiteral("impact");
inline const QString Effort         = QStringLiteral("effort");
inline const QString Unsorted       = QStringLiteral("unsorted");
inline const QString ParentId       = QStringLiteral("parent_id");
inline const QString IdeaId         = QStringLiteral("idea_id");
inline const QString Idea           = QStringLiteral("idea");
inline const QString Action         = QStringLiteral("action");
inline const QString Who            = QStringLiteral("who");
inline const QString ByWhen         = QStringLiteral("by_when");
inline const QString Measure        = QStringLiteral("measure");
// following actions through (schema 7)
inline const QString Status         = QStringLiteral("status");
inline const QString Due            = QStringLiteral("due");
inline const QString Reviewed       = QStringLiteral("reviewed");
inline const QString ActionId       = QStringLiteral("action_id");
inline const QString At             = QStringLiteral("at");
// data pack
inline const QString Comparator     = QStringLiteral("comparator");
inline const QString Domain         = QStringLiteral("domain");
inline const QString Indicator      = QStringLiteral("indicator");
inline const QString Vals           = QStringLiteral("vals");
inline const QString HigherIsBetter = QStringLiteral("higher_is_better");
inline const QString IndicatorId    = QStringLiteral("indicator_id");
inline const QString Period         = QStringLiteral("period");
// shared by several kinds
inline const QString Text           = QStringLiteral("text");
inline const QString Source         = QStringLiteral("source");
// clang-format on

} // namespace rt::col
