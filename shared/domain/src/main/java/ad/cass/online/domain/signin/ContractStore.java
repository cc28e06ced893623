package ad.cass.online.domain.signin;

import java.util.Optional;

public interface ContractStore {
    Optional<Contract> find(String contractNumber);

    void save(Contract contract);
}
