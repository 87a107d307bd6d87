// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Workspace.h"

namespace rt {

/** The Tables workspace. */
class TablesWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit TablesWorkspace(Document* document, QWidget* parent = nullptr);
    QString title() const override;
};

} // namespace rt
