-- Every certification block's code (one row each: block_code). No parameters.
SELECT block_code FROM certification_blocks;
