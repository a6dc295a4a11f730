package dev.ogi.server.units;

import dev.ogi.server.core.DomainException;
import java.util.List;

/** A registry file refused whole, with every bad row. */
public class UnitImportException extends DomainException {

    private final List<UnitCsv.RowError> errors;

    public UnitImportException(List<UnitCsv.RowError> errors) {
        super(Kind.INVALID, "导入失败，未导入任何单位：" + errors.size() + " 处错误", List.copyOf(errors));
        this.errors = List.copyOf(errors);
    }

    public List<UnitCsv.RowError> errors() {
        return errors;
    }
}
