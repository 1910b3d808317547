package io.labforge.kind;

import io.labforge.model.NetworkKind;
import io.labforge.model.Resources;

import java.util.EnumSet;
import java.util.Set;

/** A database server: PostgreSQL, MySQL or MariaDB. */
final class DatabaseKind extends BuiltinKind {

    DatabaseKind() {
        super("database", "Database", Category.DATA, "mdi2d-database",
                BuiltinKind.INTERNAL, EnumSet.noneOf(Trait.class), Set.of("databases", "allowFrom", "version", "users"),
                new Flavor("postgresql", "PostgreSQL", Realization.VM_FROM_TEMPLATE, new Resources(2, 4096, 32), Sources.DEBIAN_TEMPLATE),
                new Flavor("mysql", "MySQL", Realization.VM_FROM_TEMPLATE, new Resources(2, 4096, 32), Sources.DEBIAN_TEMPLATE),
                new Flavor("mariadb", "MariaDB", Realization.VM_FROM_TEMPLATE, new Resources(2, 4096, 32), Sources.DEBIAN_TEMPLATE));
    }
}
