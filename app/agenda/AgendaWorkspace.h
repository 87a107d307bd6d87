// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Workspace.h"

namespace rt {

/** The Agenda workspace. */
class AgendaWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit AgendaWorkspace(Document* document, QWidget* parent = nullptr);
    QString title() const override;
};

} // namespace rt
