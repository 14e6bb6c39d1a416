-- Every certification block's title: rncp_code, block_code, block_title. No parameters.
SELECT rncp_code, block_code, block_title FROM certification_blocks;
