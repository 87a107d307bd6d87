// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/Workspace.h"

namespace rt {

/** The Export workspace. */
class ExportWorkspace : public Workspace
{
    Q_OBJECT
public:
    explicit ExportWorkspace(Document* document, QWidget* parent = nullptr);
    QString title() const override;
};

} // namespace rt
