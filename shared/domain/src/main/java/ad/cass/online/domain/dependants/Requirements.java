package ad.cass.online.domain.dependants;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What seed 004 asks of one category: the common conditions, the ages it admits on the request date, its
 * documents, the extra documents of each sub-case it names, and what to bring again to renew.
 */
public record Requirements(
        DependantCategory category,
        List<CommonCondition> commonConditions,
        AgeLimits ageLimits,
        List<RequiredDocument> documents,
        Map<SubCase, List<RequiredDocument>> subCaseDocuments,
        List<Renewal> renewals) {

    public Requirements {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(ageLimits, "ageLimits");
        commonConditions = List.copyOf(commonConditions);
        documents = List.copyOf(documents);
        Map<SubCase, List<RequiredDocument>> extras = new EnumMap<>(SubCase.class);
        subCaseDocuments.forEach((subCase, list) -> extras.put(subCase, List.copyOf(list)));
        subCaseDocuments = Collections.unmodifiableMap(extras); // EnumMap: iterates in seed order
        renewals = List.copyOf(renewals);
    }

    public boolean hasSubCase(SubCase subCase) {
        return subCaseDocuments.containsKey(subCase);
    }

    /**
     * The category's documents, then those of each sub-case that applies, in seed order; a document asked for
     * twice (same code) is listed once, where it first appears. Sub-cases this category lacks add nothing.
     */
    public List<RequiredDocument> documentsFor(Set<SubCase> subCases) {
        Map<String, RequiredDocument> byCode = new LinkedHashMap<>();
        documents.forEach(d -> byCode.putIfAbsent(d.code(), d));
        subCaseDocuments.forEach((subCase, extras) -> {
            if (subCases.contains(subCase)) {
                extras.forEach(d -> byCode.putIfAbsent(d.code(), d));
            }
        });
        return List.copyOf(byCode.values());
    }
}
