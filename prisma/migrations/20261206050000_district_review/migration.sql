-- AlterEnum: a district's first review (contract §14): the status and the decision 「区县初审通过」.
ALTER TYPE "ApplicationStatus" ADD VALUE 'district_passed';

-- AlterEnum
ALTER TYPE "DecisionKind" ADD VALUE 'district_passed';
