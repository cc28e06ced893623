package ad.cass.online.domain.port;

import java.util.Optional;

public interface ContractStore {
    Optional<Contract> find(String contractNumber);

    void save(Contract contract);
}
