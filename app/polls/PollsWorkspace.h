// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Workspace.h"

namespace rt {

/** The Polls workspace. */
class PollsWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit PollsWorkspace(Document* document, QWidget* parent = nullptr);
    QString title() const override;
};

} // namespace rt
